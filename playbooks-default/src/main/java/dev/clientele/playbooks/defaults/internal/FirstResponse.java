package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.TurnView;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The first-response clock of service principle 3: about ten minutes from the customer's first
 * turn to the agent's first answer. A phone or in-person conversation is answered when it starts.
 *
 * @param asked    when the customer first wrote or spoke
 * @param due      when an answer was due
 * @param answered when the agent first answered, if they did by {@code asOf}
 * @param asOf     the moment of the assessment
 */
record FirstResponse(Instant asked, Instant due, Optional<Instant> answered, Instant asOf) {

    /** The time principle 3 allows for a first response. */
    static final Duration TARGET = Duration.ofMinutes(10);

    /** The clock of {@code view}, or empty when the customer has not said anything yet. */
    static Optional<FirstResponse> of(InteractionView view) {
        TurnView first = null;
        for (TurnView t : view.turns()) {
            if (t.at().isAfter(view.asOf())) {
                break;
            }
            if (first == null && t.byCustomer()) {
                first = t;
            } else if (first != null && t.byAgent()) {
                return Optional.of(new FirstResponse(first.at(), first.at().plus(TARGET), Optional.of(t.at()), view.asOf()));
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new FirstResponse(first.at(), first.at().plus(TARGET), Optional.empty(), view.asOf()));
    }

    /** Whether the answer came late, or has not come and is already late. */
    boolean breached() {
        return answered.map(a -> a.isAfter(due)).orElse(asOf.isAfter(due));
    }

    boolean unanswered() {
        return answered.isEmpty();
    }
}
