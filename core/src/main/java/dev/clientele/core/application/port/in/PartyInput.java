package dev.clientele.core.application.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A person at the boundary.
 *
 * @param id    the person's id in the source system
 * @param name  display name; may be null
 * @param roles a subset of {@code end-user}, {@code payer}, {@code decision-maker}, {@code prospect},
 *              {@code internal}; null or empty means {@code ["end-user"]}
 */
public record PartyInput(
        @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String id,
        @Size(max = InputLimits.MAX_NAME_LENGTH) String name,
        List<@NotNull @Pattern(regexp = "end-user|payer|decision-maker|prospect|internal",
                message = "must be one of end-user, payer, decision-maker, prospect, internal") String> roles) {
}
