package dev.clientele.core.domain.party;

import java.util.Objects;

/**
 * The id of a paying account in the source system.
 *
 * @param value not blank
 */
public record AccountId(String value) {

    public AccountId {
        Objects.requireNonNull(value, "account id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an account id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
