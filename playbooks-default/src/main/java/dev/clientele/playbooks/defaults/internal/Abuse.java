package dev.clientele.playbooks.defaults.internal;

import java.util.Optional;

/**
 * Personal attacks in the customer's turns, and whether they went on after the agent calmly set a
 * boundary. Stateless.
 */
final class Abuse {

    private Abuse() {
    }

    /** Whether a customer turn attacks the person: an insult aimed at them, or an attack on their competence. */
    static boolean attacks(TurnReading t) {
        if (!t.turn().byCustomer()) {
            return false;
        }
        boolean addressed = Recogniser.addressed(t);
        return t.has(Signal.COMPETENCE_ATTACK) && t.has(Signal.INSULT)
                || t.has(Signal.INSULT) && addressed
                || t.has(Signal.PROFANITY) && addressed;
    }

    /** The first customer turn that attacks the person after an agent turn set a boundary, if any. */
    static Optional<TurnReading> afterBoundary(Reading reading) {
        boolean boundarySet = false;
        for (TurnReading t : reading.turns()) {
            if (t.turn().byAgent() && t.has(Signal.BOUNDARY)) {
                boundarySet = true;
            } else if (boundarySet && attacks(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether an agent turn already set a boundary. */
    static boolean boundarySet(Reading reading) {
        return reading.agentTurns().stream().anyMatch(t -> t.has(Signal.BOUNDARY));
    }

    /** Whether any customer turn in the reading attacks the person. */
    static boolean anyAttack(Reading reading) {
        return reading.customerTurns().stream().anyMatch(Abuse::attacks);
    }
}
