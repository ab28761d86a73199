package dev.clientele.core.domain.interaction;

import java.util.List;
import java.util.Objects;

/**
 * What an operation on an {@link Interaction} did: made a change, with the interaction after it and
 * the events it appended, or refused, leaving the interaction as it was.
 */
public sealed interface Change {

    /** Whether the operation changed the interaction. */
    default boolean isMade() {
        return this instanceof Made;
    }

    /**
     * A change was made.
     *
     * @param interaction the interaction after the change
     * @param events      the events appended to its history, at least one
     */
    record Made(Interaction interaction, List<InteractionEvent> events) implements Change {
        public Made {
            Objects.requireNonNull(interaction, "interaction");
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a change records at least one event");
            }
        }
    }

    /**
     * Refused; nothing changed.
     *
     * @param why one sentence for the user
     */
    record Refused(String why) implements Change {
        public Refused {
            Objects.requireNonNull(why, "why");
        }
    }
}
