package dev.clientele.core.application.port.in;

import dev.clientele.core.domain.interaction.Change;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Moves a kept interaction up or down the escalation ladder, as the escalation policy allows. */
public interface EscalateInteraction {

    /**
     * Escalates.
     *
     * @return the change made, or the policy's refusal (closed interaction, a skipped level without a reason that allows it)
     * @throws InvalidInputException when the command breaks its constraints; nothing changes
     */
    Change escalate(Escalation command);

    /**
     * Steps down.
     *
     * @return the change made, or the policy's refusal
     * @throws InvalidInputException when the command breaks its constraints; nothing changes
     */
    Change deescalate(Deescalation command);

    /**
     * @param interaction the interaction's id
     * @param to          {@code supervisor}, {@code manager} or {@code specialist}
     * @param reason      one of the escalation reasons of the contract
     * @param actor       who escalates
     */
    record Escalation(
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String interaction,
            @NotNull @Pattern(regexp = "supervisor|manager|specialist",
                    message = "must be one of supervisor, manager, specialist") String to,
            @NotNull @Pattern(regexp = "customer-request|abuse|sla-breach|broken-commitment|repeat-contact|needs-expertise|contract-decision",
                    message = "must be one of customer-request, abuse, sla-breach, broken-commitment, repeat-contact, "
                            + "needs-expertise, contract-decision") String reason,
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String actor) {
    }

    /**
     * @param interaction    the interaction's id
     * @param to             {@code supervisor}, or null for no escalation
     * @param resolutionNote how the matter was settled
     * @param actor          who steps down
     */
    record Deescalation(
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String interaction,
            @Pattern(regexp = "supervisor", message = "must be supervisor, or absent for no escalation") String to,
            @NotBlank @Size(max = InputLimits.MAX_TURN_CHARACTERS) String resolutionNote,
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String actor) {
    }
}
