package dev.clientele.core.domain.interaction;

import dev.clientele.core.domain.escalation.EscalationStep;
import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.core.domain.sla.Commitment;
import dev.clientele.playbooks.api.Speaker;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to an interaction; its time comes from the clock the operation was given. */
public sealed interface InteractionEvent {

    /** The interaction it happened to. */
    InteractionId interaction();

    /** When it was recorded. */
    Instant at();

    /** The interaction was opened with its first turns. */
    record Opened(InteractionId interaction, int turns, Instant at) implements InteractionEvent {
        public Opened {
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A turn was added. */
    record TurnRecorded(InteractionId interaction, int turn, Speaker from, Instant at) implements InteractionEvent {
        public TurnRecorded {
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The lifecycle moved from one state to another. */
    record StatusChanged(InteractionId interaction, Lifecycle.Status from, Lifecycle.Status to, Instant at)
            implements InteractionEvent {
        public StatusChanged {
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The interaction was escalated or de-escalated; the step carries who, why and when. */
    record EscalationRecorded(InteractionId interaction, EscalationStep step) implements InteractionEvent {
        public EscalationRecorded {
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(step, "step");
        }

        @Override
        public Instant at() {
            return step.at();
        }
    }

    /** An agent's promise was recorded. */
    record CommitmentRecorded(InteractionId interaction, Commitment commitment, Instant at) implements InteractionEvent {
        public CommitmentRecorded {
            Objects.requireNonNull(interaction, "interaction");
            Objects.requireNonNull(commitment, "commitment");
            Objects.requireNonNull(at, "at");
        }
    }
}
