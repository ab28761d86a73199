package dev.clientele.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One turn at the boundary.
 *
 * @param at   when it was said
 * @param from {@code customer}, {@code agent} or {@code system}
 * @param text what was said; not blank
 */
public record TurnInput(
        @NotNull Instant at,
        @NotNull @Pattern(regexp = "customer|agent|system", message = "must be one of customer, agent, system") String from,
        @NotBlank @Size(max = InputLimits.MAX_TURN_CHARACTERS) String text) {
}
