package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.TurnView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When to escalate, as named rules that each return a decision. One level up is usually enough
 * (seed 000), so every hierarchical rule proposes {@code supervisor}; only expertise goes to a
 * {@code specialist}. Stateless.
 */
public final class EscalationPolicy {

    /** From this many earlier contacts on the same matter, the case goes one level up. */
    public static final int REPEAT_CONTACTS = 3;
    /** The account tier whose first-response breach is escalated. */
    public static final String PREMIUM = "premium";

    private EscalationPolicy() {
    }

    /** Every proposal the rules make for this reading; {@code promises} are the agent's timed promises. */
    public static List<EscalationProposal> decide(Reading reading, List<CommitmentFinding> promises) {
        List<EscalationProposal> proposals = new ArrayList<>();
        customerAskedForManager(reading, proposals);
        abuseAfterBoundary(reading, proposals);
        brokenCommitment(reading.view(), promises, proposals);
        premiumFirstResponseBreached(reading.view(), proposals);
        repeatContact(reading.view(), proposals);
        needsExpertise(reading, proposals);
        return proposals;
    }

    /** A demand for a manager, a supervisor, a real person or "someone who decides". */
    static void customerAskedForManager(Reading reading, List<EscalationProposal> out) {
        for (TurnReading t : reading.customerTurns()) {
            if (t.has(Signal.MANAGER_DEMAND)) {
                out.add(new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.CUSTOMER_REQUEST,
                        "escalation.customer-request"));
                return;
            }
        }
    }

    /** Personal attacks that went on after the agent calmly set a boundary. */
    static void abuseAfterBoundary(Reading reading, List<EscalationProposal> out) {
        if (Abuse.afterBoundary(reading).isPresent()) {
            out.add(new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.ABUSE,
                    "escalation.abuse-after-boundary"));
        }
    }

    /** A promise whose time passed with no agent turn in between. */
    static void brokenCommitment(InteractionView view, List<CommitmentFinding> promises, List<EscalationProposal> out) {
        for (CommitmentFinding c : promises) {
            if (broken(view, c)) {
                out.add(new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.BROKEN_COMMITMENT,
                        "escalation.broken-commitment"));
                return;
            }
        }
    }

    /** Whether {@code c} fell due before {@code asOf} with no agent turn after it up to its due time. */
    public static boolean broken(InteractionView view, CommitmentFinding c) {
        if (!view.asOf().isAfter(c.due())) {
            return false;
        }
        return !keptBy(view, c);
    }

    /**
     * Whether an agent turn after the promise came by its due time. Turns are in time order, so
     * the search starts at the promise's turn and stops at the first turn past the due time or
     * {@code asOf}: a long conversation costs the few turns after the promise, not all of them.
     */
    public static boolean keptBy(InteractionView view, CommitmentFinding c) {
        List<TurnView> turns = view.turns();
        Instant limit = c.due().isBefore(view.asOf()) ? c.due() : view.asOf();
        for (int i = firstAfter(turns, c.turn()); i < turns.size(); i++) {
            TurnView t = turns.get(i);
            if (t.at().isAfter(limit)) {
                return false;
            }
            if (t.byAgent()) {
                return true;
            }
        }
        return false;
    }

    /** The position of the first turn whose index is above {@code index}; indices rise with position. */
    private static int firstAfter(List<TurnView> turns, int index) {
        int low = 0;
        int high = turns.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (turns.get(middle).index() <= index) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A premium account answered late, or not yet answered past the first-response target. */
    static void premiumFirstResponseBreached(InteractionView view, List<EscalationProposal> out) {
        boolean premium = view.account().map(a -> a.tier().equalsIgnoreCase(PREMIUM)).orElse(false);
        if (premium && FirstResponse.of(view).map(FirstResponse::breached).orElse(false)) {
            out.add(new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.SLA_BREACH,
                    "escalation.premium-first-response"));
        }
    }

    /** Three or more earlier contacts on the same matter. */
    static void repeatContact(InteractionView view, List<EscalationProposal> out) {
        if (view.context().previousContacts() >= REPEAT_CONTACTS) {
            out.add(new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.REPEAT_CONTACT,
                    "escalation.repeat-contact"));
        }
    }

    /** The agent says the technical question is beyond them. */
    static void needsExpertise(Reading reading, List<EscalationProposal> out) {
        for (TurnReading t : reading.agentTurns()) {
            if (t.has(Signal.EXPERTISE_GAP)) {
                out.add(new EscalationProposal(EscalationLevel.SPECIALIST, EscalationReason.NEEDS_EXPERTISE,
                        "escalation.needs-expertise"));
                return;
            }
        }
    }
}
