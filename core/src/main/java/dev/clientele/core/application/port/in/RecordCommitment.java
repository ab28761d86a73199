package dev.clientele.core.application.port.in;

import dev.clientele.core.domain.interaction.Change;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Records a promise an agent made in a turn, so that its clock can be read. */
public interface RecordCommitment {

    /**
     * Records one commitment.
     *
     * @return the change made, or a refusal (not an agent turn, due before the turn, closed interaction)
     * @throws InvalidInputException when the command breaks its constraints; nothing changes
     */
    Change record(Command command);

    /**
     * @param interaction the interaction's id
     * @param kind        a lower-case id such as {@code callback} or {@code update}
     * @param turn        the index of the agent turn that made the promise
     * @param due         when it falls due
     */
    record Command(
            @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String interaction,
            @NotNull @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a lower-case id such as callback")
            @Size(max = InputLimits.MAX_ID_LENGTH) String kind,
            @PositiveOrZero int turn,
            @NotNull Instant due) {
    }
}
