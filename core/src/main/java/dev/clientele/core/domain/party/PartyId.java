package dev.clientele.core.domain.party;

import java.util.Objects;

/**
 * The id of a person in the source system.
 *
 * @param value not blank
 */
public record PartyId(String value) {

    public PartyId {
        Objects.requireNonNull(value, "party id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a party id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
