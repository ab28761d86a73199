package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Recommendation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service principles of seed 003 as baseline advice, whatever the customer's behaviour:
 * a late first response gets an apology and a concrete time; an agent who must end the call
 * promises a call-back with a time; a promise is kept, and a broken one is owned. Stateless.
 */
public final class ServicePrinciples {

    /** Rule id of the first-response clock. */
    public static final String FIRST_RESPONSE = "service.first-response";
    /** Rule id of keeping promised call-backs and updates. */
    public static final String PROMISES = "service.promises";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private ServicePrinciples() {
    }

    /** The baseline advice for this reading, given the agent's timed promises. */
    public static List<Recommendation> advise(Reading reading, List<CommitmentFinding> promises) {
        InteractionView view = reading.view();
        String language = view.language();
        List<Recommendation> advice = new ArrayList<>();
        firstResponse(reading, language, advice);
        callbackWithTime(reading, promises, language, advice);
        for (CommitmentFinding c : promises) {
            if (EscalationPolicy.broken(view, c)) {
                advice.add(Tactics.SERVICE_BROKEN_PROMISE.in(language, List.of(PROMISES)));
            } else if (view.asOf().isBefore(c.due()) && !EscalationPolicy.keptBy(view, c)) {
                advice.add(Tactics.SERVICE_KEEP_PROMISE.in(language, List.of(PROMISES), CLOCK.format(c.due())));
            }
        }
        return advice;
    }

    /** Late first response: answer now, or apologise if the late answer did not. */
    static void firstResponse(Reading reading, String language, List<Recommendation> advice) {
        Optional<FirstResponse> clock = FirstResponse.of(reading.view());
        if (clock.isEmpty() || !clock.get().breached()) {
            return;
        }
        if (clock.get().unanswered()) {
            advice.add(Tactics.SERVICE_ANSWER_NOW.in(language, List.of(FIRST_RESPONSE)));
            return;
        }
        boolean apologised = reading.agentTurns().stream()
                .anyMatch(t -> t.has(Signal.APOLOGY) && !t.turn().at().isBefore(clock.get().answered().get()));
        if (!apologised) {
            advice.add(Tactics.SERVICE_APOLOGISE_FOR_WAIT.in(language, List.of(FIRST_RESPONSE)));
        }
    }

    /** An agent who has to end the call without a timed call-back in the same or a later turn. */
    static void callbackWithTime(Reading reading, List<CommitmentFinding> promises, String language,
                                 List<Recommendation> advice) {
        for (TurnReading t : reading.agentTurns()) {
            if (t.has(Signal.END_CALL)) {
                boolean promised = promises.stream().anyMatch(c -> c.turn() >= t.index());
                if (!promised) {
                    advice.add(Tactics.SERVICE_CALLBACK_WITH_TIME.in(language, List.of("service.callback")));
                }
                return;
            }
        }
    }
}
