package dev.clientele.core.domain.escalation;

import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded step of an interaction's escalation history: up to a level, or back down with a
 * resolution note. Steps are only ever appended.
 */
public sealed interface EscalationStep {

    /** Who took the step. */
    Actor actor();

    /** When it was taken. */
    Instant at();

    /**
     * An escalation: hierarchical (supervisor, manager) or functional (specialist).
     *
     * @param to     where it went
     * @param reason why
     * @param actor  who escalated
     * @param at     when
     */
    record Escalation(EscalationLevel to, EscalationReason reason, Actor actor, Instant at) implements EscalationStep {
        public Escalation {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A step back down the hierarchy once the matter is settled.
     *
     * @param to             the hierarchical level it returns to; empty for no escalation at all
     * @param resolutionNote how it was settled; not blank
     * @param actor          who de-escalated
     * @param at             when
     */
    record Deescalation(Optional<EscalationLevel> to, String resolutionNote, Actor actor, Instant at)
            implements EscalationStep {
        public Deescalation {
            Objects.requireNonNull(to, "to");
            if (to.isPresent() && !to.get().isHierarchical()) {
                throw new IllegalArgumentException("a de-escalation returns to a hierarchical level or to none");
            }
            Objects.requireNonNull(resolutionNote, "resolutionNote");
            if (resolutionNote.isBlank()) {
                throw new IllegalArgumentException("a de-escalation carries a resolution note");
            }
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The hierarchical level reached after {@code steps}: functional escalations to a specialist
     * leave it unchanged.
     */
    static Optional<EscalationLevel> levelAfter(List<EscalationStep> steps) {
        Optional<EscalationLevel> level = Optional.empty();
        for (EscalationStep step : steps) {
            if (step instanceof Escalation up && up.to().isHierarchical()) {
                level = Optional.of(up.to());
            } else if (step instanceof Deescalation down) {
                level = down.to();
            }
        }
        return level;
    }
}
