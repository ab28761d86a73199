package dev.clientele.core.domain.escalation;

import java.util.Objects;

/**
 * Who did something to an interaction: an agent, a supervisor, or an automated rule.
 *
 * @param id not blank
 */
public record Actor(String id) {

    public Actor {
        Objects.requireNonNull(id, "actor");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an actor id must not be blank");
        }
    }
}
