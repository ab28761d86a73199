package dev.clientele.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The paying client at the boundary.
 *
 * @param id       the account's id in the source system
 * @param name     display name; may be null
 * @param tier     contract tier such as {@code premium}; may be null
 * @param contacts other known people of the account with their roles; may be null
 */
public record AccountInput(
        @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String id,
        @Size(max = InputLimits.MAX_NAME_LENGTH) String name,
        @Size(max = InputLimits.MAX_NAME_LENGTH) String tier,
        @Size(max = InputLimits.MAX_CONTACTS) List<@NotNull @Valid PartyInput> contacts) {
}
