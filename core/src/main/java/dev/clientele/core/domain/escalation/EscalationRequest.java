package dev.clientele.core.domain.escalation;

import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;

import java.util.Objects;
import java.util.Optional;

/** A request to move an interaction up or down the escalation ladder, as the policy sees it. */
public sealed interface EscalationRequest {

    /** The interaction's lifecycle state now. */
    Lifecycle state();

    /** The hierarchical level the interaction is at now; empty when not escalated. */
    Optional<EscalationLevel> current();

    /**
     * Up to {@code to} for {@code reason}.
     *
     * @param state   the lifecycle state now
     * @param current the hierarchical level now
     * @param to      where to escalate
     * @param reason  why
     */
    record Up(Lifecycle state, Optional<EscalationLevel> current, EscalationLevel to, EscalationReason reason)
            implements EscalationRequest {
        public Up {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Down to {@code to} (empty for no escalation) with a resolution note.
     *
     * @param state          the lifecycle state now
     * @param current        the hierarchical level now
     * @param to             where to return
     * @param resolutionNote how the matter was settled; may be blank, which the policy refuses
     */
    record Down(Lifecycle state, Optional<EscalationLevel> current, Optional<EscalationLevel> to,
                String resolutionNote) implements EscalationRequest {
        public Down {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(to, "to");
            resolutionNote = resolutionNote == null ? "" : resolutionNote;
        }
    }
}
