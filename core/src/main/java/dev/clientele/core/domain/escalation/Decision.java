package dev.clientele.core.domain.escalation;

import java.util.Objects;

/** What a policy rule says about a request: allowed, or refused with the rule and the reason. */
public sealed interface Decision {

    /** The request may go ahead. */
    Decision ALLOWED = new Allowed();

    /** Whether the request may go ahead. */
    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Allowed. */
    record Allowed() implements Decision {
    }

    /**
     * Refused.
     *
     * @param rule the name of the rule that refused, as listed by {@link EscalationPolicy#allCurrentRules()}
     * @param why  one sentence for the user
     */
    record Refused(String rule, String why) implements Decision {
        public Refused {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(why, "why");
        }
    }
}
