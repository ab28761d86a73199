package dev.clientele.core.application.evaluation;

import dev.clientele.core.application.port.in.AssessInteraction;

import java.util.List;

/**
 * The use case of measuring recognition: every labelled message is assessed as a one-message
 * interaction and the outcomes are scored.
 */
public interface EvaluateRecognition {

    /**
     * Assesses each message with the given engine and scores the outcomes.
     *
     * @throws IllegalArgumentException when the engine rejects a message; the message names its id
     */
    RecognitionReport evaluate(List<LabelledMessage> messages, AssessInteraction engine);
}
