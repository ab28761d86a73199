package dev.clientele.core.application.evaluation;

import dev.clientele.core.application.port.in.AssessInteraction;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs labelled messages through an engine. Each message becomes an interaction on the
 * {@code social} channel (most labelled messages are posts to a brand, and the channel changes no
 * recognition rule) from an anonymous end user with no account or context: the brand's
 * {@code replyingTo} message, when present, is an agent turn one minute before the customer's turn.
 * Every interaction has the same fixed times, so a run is repeatable.
 */
public final class RecognitionEvaluation implements EvaluateRecognition {

    /** When every evaluated customer message is said to have been written. */
    static final Instant WRITTEN_AT = Instant.parse("2025-01-06T10:00:00Z");

    @Override
    public RecognitionReport evaluate(List<LabelledMessage> messages, AssessInteraction engine) {
        return RecognitionReport.of(outcomes(messages, engine));
    }

    /** What the engine made of each message, in order; for reports per slice. */
    public List<Outcome> outcomes(List<LabelledMessage> messages, AssessInteraction engine) {
        List<Outcome> outcomes = new ArrayList<>(messages.size());
        for (LabelledMessage m : messages) {
            try {
                outcomes.add(Outcome.of(m, engine.assess(interaction(m))));
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException("labelled message " + m.id() + " was rejected: " + e.getMessage(), e);
            }
        }
        return outcomes;
    }

    /** The one-message interaction a labelled message is assessed as. */
    public static InteractionInput interaction(LabelledMessage m) {
        List<TurnInput> turns = new ArrayList<>(2);
        if (m.replyingTo() != null) {
            turns.add(new TurnInput(WRITTEN_AT.minus(Duration.ofMinutes(1)), "agent", m.replyingTo()));
        }
        turns.add(new TurnInput(WRITTEN_AT, "customer", m.text()));
        return new InteractionInput(m.id(), "social", m.language(), new PartyInput("customer", null, null), null, null,
                turns, null);
    }
}
