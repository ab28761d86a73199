package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.Recommendation;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what was recognised into advice for the agent: each observed pattern's tactics, with the
 * aggressive customer's advice following the intensity (let them vent while it rises, substance
 * once it falls, accept an apology) and the chatterbox steered back sooner when the queue is long.
 */
public final class Advisor {

    /** From this many people waiting, the chatterbox is steered back at once. */
    public static final int LONG_QUEUE = 10;

    private Advisor() {
    }

    /** The advice for everything in {@code recognition} at or above {@code threshold}. */
    public static List<Recommendation> advise(Reading reading, Recognition recognition, double threshold) {
        String language = reading.view().language();
        List<Recommendation> advice = new ArrayList<>();
        for (Observation o : recognition.observations()) {
            if (o.confidence() < threshold) {
                continue;
            }
            List<String> because = List.of(o.pattern());
            for (Line line : Tactics.BY_PATTERN.getOrDefault(o.pattern(), List.of())) {
                advice.add(line.in(language, because));
            }
            if (o.pattern().equals(PatternIds.AGGRESSIVE)) {
                advice.addAll(aggressive(reading, recognition, language, because));
            }
            if (o.pattern().equals(PatternIds.CHATTERBOX) && reading.view().context().queueWaiting() >= LONG_QUEUE) {
                advice.add(Tactics.CHATTERBOX_QUEUE.in(language, List.of(o.pattern(), "service.queue-waiting")));
            }
        }
        return advice;
    }

    private static List<Recommendation> aggressive(Reading reading, Recognition recognition, String language,
                                                   List<String> because) {
        List<Recommendation> advice = new ArrayList<>();
        if (recognition.apologisedLast()) {
            advice.add(Tactics.AGGRESSIVE_ACCEPT_APOLOGY.in(language, because));
        }
        if (Abuse.afterBoundary(reading).isPresent()) {
            advice.add(Tactics.AGGRESSIVE_ABUSE.in(language,
                    List.of(PatternIds.AGGRESSIVE, "escalation.abuse-after-boundary")));
            return advice;
        }
        if (recognition.trend() == Recognition.Trend.FALLING || recognition.apologisedLast()) {
            advice.add(Tactics.AGGRESSIVE_SUBSTANCE.in(language, because));
        } else {
            advice.add(Tactics.AGGRESSIVE_LET_VENT.in(language, because));
            advice.add(Tactics.AGGRESSIVE_NOT_YET.in(language, because));
            if (!Abuse.boundarySet(reading) && Abuse.anyAttack(reading)) {
                advice.add(Tactics.AGGRESSIVE_BOUNDARY.in(language, because));
            }
        }
        return advice;
    }
}
