package dev.clientele.core.application.port.in;

import dev.clientele.core.domain.interaction.Change;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Adds what someone said to a kept interaction. */
public interface RecordTurn {

    /**
     * Records one turn.
     *
     * @return the change made, or a refusal (unknown or closed interaction, a turn before the previous one)
     * @throws InvalidInputException when the command breaks its constraints; nothing changes
     */
    Change record(Command command);

    /**
     * @param interaction the interaction's id
     * @param from        {@code customer}, {@code agent} or {@code system}
     * @param at          when it was said; null for now
     * @param text        what was said
     */
    record Command(
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String interaction,
            @NotNull @Pattern(regexp = "customer|agent|system", message = "must be one of customer, agent, system") String from,
            Instant at,
            @NotBlank @Size(max = InputLimits.MAX_TURN_CHARACTERS) String text) {
    }
}
