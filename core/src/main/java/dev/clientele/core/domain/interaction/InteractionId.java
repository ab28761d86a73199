package dev.clientele.core.domain.interaction;

import java.util.Objects;

/**
 * The id of an interaction in the source system.
 *
 * @param value not blank
 */
public record InteractionId(String value) {

    public InteractionId {
        Objects.requireNonNull(value, "interaction id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an interaction id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
