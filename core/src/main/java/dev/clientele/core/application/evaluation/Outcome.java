package dev.clientele.core.application.evaluation;

import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.playbooks.api.Observation;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine made of one labelled message, beside what people saw in it.
 *
 * @param message   the labelled message
 * @param reported  the patterns the engine reported; immutable
 * @param escalated whether the engine recommended escalating
 */
public record Outcome(LabelledMessage message, Set<String> reported, boolean escalated) {

    public Outcome {
        Objects.requireNonNull(message, "message");
        reported = Set.copyOf(reported);
    }

    /** The outcome of a message from the engine's assessment of it. */
    public static Outcome of(LabelledMessage message, Assessment assessment) {
        Set<String> reported = new TreeSet<>();
        for (Observation o : assessment.observed()) {
            reported.add(o.pattern());
        }
        return new Outcome(message, reported, assessment.escalation().recommended());
    }
}
