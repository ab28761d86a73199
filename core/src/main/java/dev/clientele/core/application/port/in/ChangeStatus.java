package dev.clientele.core.application.port.in;

import dev.clientele.core.domain.interaction.Change;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Moves a kept interaction through its lifecycle: waiting on the customer, resolved, closed, reopened. */
public interface ChangeStatus {

    /**
     * Moves the interaction.
     *
     * @return the change made, or a refusal when the transition is not legal from the current state
     * @throws InvalidInputException when the command breaks its constraints; nothing changes
     */
    Change change(Command command);

    /**
     * @param interaction the interaction's id
     * @param to          {@code open}, {@code waiting-on-customer}, {@code resolved}, {@code closed} or {@code reopened}
     */
    record Command(
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String interaction,
            @NotNull @Pattern(regexp = "open|waiting-on-customer|resolved|closed|reopened",
                    message = "must be one of open, waiting-on-customer, resolved, closed, reopened") String to) {
    }
}
