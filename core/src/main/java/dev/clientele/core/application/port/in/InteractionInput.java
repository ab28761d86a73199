package dev.clientele.core.application.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * An interaction as it arrives at the boundary, shaped like {@code clientele.interaction/v1}.
 * Validated at the in-port; a violation's property path maps to the JSON pointer of the field.
 *
 * @param id        the interaction's id in the source system
 * @param channel   {@code phone}, {@code email}, {@code chat}, {@code social}, {@code in-person} or {@code other}
 * @param language  {@code pl} or {@code en}; null to detect it from the turns, falling back to the engine's default language
 * @param requester the person in contact with us
 * @param account   the paying client the requester acts for; null for a prospect or a private person
 * @param context   queue and earlier contacts; null for none
 * @param turns     at least one, in time order
 * @param asOf      the moment to assess at; null for the time of the last turn
 */
public record InteractionInput(
        @NotBlank @Size(max = InputLimits.MAX_ID_LENGTH) String id,
        @NotNull @Pattern(regexp = "phone|email|chat|social|in-person|other",
                message = "must be one of phone, email, chat, social, in-person, other") String channel,
        @Pattern(regexp = "pl|en", message = "must be one of pl, en") String language,
        @NotNull @Valid PartyInput requester,
        @Valid AccountInput account,
        @Valid ContextInput context,
        @NotNull @Size(min = 1, max = InputLimits.MAX_TURNS) List<@NotNull @Valid TurnInput> turns,
        Instant asOf) {
}
