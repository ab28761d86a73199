package dev.clientele.core.application.port.in;

import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;

import java.util.List;
import java.util.Optional;

/**
 * Whether to escalate now, to whom and why.
 *
 * @param recommended whether to escalate now
 * @param to          the level, present exactly when recommended
 * @param reasons     why, at least one when recommended, none otherwise
 */
public record EscalationAdvice(boolean recommended, Optional<EscalationLevel> to, List<EscalationReason> reasons) {

    /** No escalation. */
    public static final EscalationAdvice NONE = new EscalationAdvice(false, Optional.empty(), List.of());

    public EscalationAdvice {
        reasons = List.copyOf(reasons);
        if (recommended != to.isPresent()) {
            throw new IllegalArgumentException("an escalation names its level exactly when it is recommended");
        }
        if (recommended == reasons.isEmpty()) {
            throw new IllegalArgumentException("an escalation has reasons exactly when it is recommended");
        }
    }

    /** A recommended escalation. */
    public static EscalationAdvice to(EscalationLevel level, List<EscalationReason> reasons) {
        return new EscalationAdvice(true, Optional.of(level), reasons);
    }
}
