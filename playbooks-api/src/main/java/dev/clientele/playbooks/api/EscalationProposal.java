package dev.clientele.playbooks.api;

import java.util.Objects;

/**
 * A playbook's proposal to escalate. The host takes the most severe proposal but still obeys
 * the one-level-at-a-time policy of the domain.
 *
 * @param to     where to escalate
 * @param reason why
 * @param rule   the id of the rule or pattern behind the proposal; not blank
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record EscalationProposal(EscalationLevel to, EscalationReason reason, String rule) {

    public EscalationProposal {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("an escalation proposal names the rule behind it");
        }
    }
}
