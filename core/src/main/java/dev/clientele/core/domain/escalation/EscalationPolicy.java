package dev.clientele.core.domain.escalation;

import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The escalation rules, each a named function from a request to a {@link Decision}, all listed in
 * {@link #allCurrentRules()}.
 *
 * <p>Entry points: {@link #decide(EscalationRequest)} applies every rule and returns the first
 * refusal or {@link Decision#ALLOWED}; the aggregate calls it before recording a step.
 * {@link #furthestAllowed(Optional, EscalationLevel, Collection)} is for advice: the engine passes
 * the most severe level playbooks propose and the reasons behind the proposals, and gets the level
 * it may recommend now. The rules:
 * <ul>
 *   <li>{@code closed-interaction-cannot-escalate}: a closed interaction is neither escalated nor de-escalated;</li>
 *   <li>{@code one-level-at-a-time}: a hierarchical escalation goes exactly one level above the current one,
 *       unless its reason allows skipping ({@code abuse}, {@code contract-decision}); it never goes down or sideways;</li>
 *   <li>{@code deescalation-needs-resolution-note}: stepping down records how the matter was settled;</li>
 *   <li>{@code deescalation-goes-down}: stepping down goes to a lower hierarchical level, or to none.</li>
 * </ul>
 * History is never rewritten: a refused request records nothing, an allowed one is appended.
 */
public final class EscalationPolicy {

    /**
     * A named rule.
     *
     * @param name the rule's stable name
     * @param rule the function
     */
    public record Rule(String name, Function<EscalationRequest, Decision> rule) {
        /** Applies the rule. */
        public Decision apply(EscalationRequest request) {
            return rule.apply(request);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("closed-interaction-cannot-escalate", EscalationPolicy::closedInteractionCannotEscalate),
            new Rule("one-level-at-a-time", EscalationPolicy::oneLevelAtATime),
            new Rule("deescalation-needs-resolution-note", EscalationPolicy::deescalationNeedsResolutionNote),
            new Rule("deescalation-goes-down", EscalationPolicy::deescalationGoesDown));

    private EscalationPolicy() {
    }

    /** Every rule in force, in the order {@link #decide(EscalationRequest)} applies them. */
    public static List<Rule> allCurrentRules() {
        return RULES;
    }

    /** The first refusal among {@link #allCurrentRules()}, or {@link Decision#ALLOWED}. */
    public static Decision decide(EscalationRequest request) {
        for (Rule rule : RULES) {
            Decision d = rule.apply(request);
            if (!d.isAllowed()) {
                return d;
            }
        }
        return Decision.ALLOWED;
    }

    /** A closed interaction is finished: nobody escalates or de-escalates it. */
    public static Decision closedInteractionCannotEscalate(EscalationRequest request) {
        return request.state() instanceof Lifecycle.Closed
                ? new Decision.Refused("closed-interaction-cannot-escalate", "the interaction is closed")
                : Decision.ALLOWED;
    }

    /** A hierarchical escalation climbs exactly one level unless its reason allows skipping. */
    public static Decision oneLevelAtATime(EscalationRequest request) {
        if (!(request instanceof EscalationRequest.Up up) || !up.to().isHierarchical()) {
            return Decision.ALLOWED;
        }
        int current = rank(up.current());
        int wanted = up.to().rank();
        if (wanted <= current) {
            return new Decision.Refused("one-level-at-a-time",
                    "the interaction is already at " + up.current().map(EscalationLevel::id).orElse("no escalation")
                            + "; " + up.to().id() + " is not above it");
        }
        if (wanted > current + 1 && !up.reason().allowsSkippingLevels()) {
            return new Decision.Refused("one-level-at-a-time",
                    "escalating to " + up.to().id() + " skips a level; only abuse or a contract decision may skip");
        }
        return Decision.ALLOWED;
    }

    /** Stepping down records how the matter was settled. */
    public static Decision deescalationNeedsResolutionNote(EscalationRequest request) {
        if (request instanceof EscalationRequest.Down down && down.resolutionNote().isBlank()) {
            return new Decision.Refused("deescalation-needs-resolution-note", "a de-escalation needs a resolution note");
        }
        return Decision.ALLOWED;
    }

    /** Stepping down goes below the current hierarchical level. */
    public static Decision deescalationGoesDown(EscalationRequest request) {
        if (request instanceof EscalationRequest.Down down) {
            if (down.to().isPresent() && !down.to().get().isHierarchical()) {
                return new Decision.Refused("deescalation-goes-down", "a de-escalation returns to supervisor, or to none");
            }
            if (rank(down.to()) >= rank(down.current())) {
                return new Decision.Refused("deescalation-goes-down",
                        "a de-escalation goes below the current level, which is "
                                + down.current().map(EscalationLevel::id).orElse("no escalation"));
            }
        }
        return Decision.ALLOWED;
    }

    /**
     * The level that may be recommended now when playbooks want {@code wanted} for {@code reasons}:
     * a specialist as asked; a hierarchical level as asked when one of the reasons allows skipping,
     * otherwise at most one level above {@code current}. Empty when the interaction is already at or
     * above the wanted hierarchical level.
     */
    public static Optional<EscalationLevel> furthestAllowed(Optional<EscalationLevel> current, EscalationLevel wanted,
                                                            Collection<EscalationReason> reasons) {
        if (!wanted.isHierarchical()) {
            return Optional.of(wanted);
        }
        int now = rank(current);
        if (wanted.rank() <= now) {
            return Optional.empty();
        }
        boolean maySkip = reasons.stream().anyMatch(EscalationReason::allowsSkippingLevels);
        int allowed = maySkip ? wanted.rank() : Math.min(wanted.rank(), now + 1);
        return Optional.of(atRank(allowed));
    }

    private static int rank(Optional<EscalationLevel> level) {
        return level.map(EscalationLevel::rank).orElse(0);
    }

    private static EscalationLevel atRank(int rank) {
        for (EscalationLevel l : EscalationLevel.values()) {
            if (l.isHierarchical() && l.rank() == rank) {
                return l;
            }
        }
        throw new IllegalArgumentException("no hierarchical level of rank " + rank);
    }
}
