package dev.clientele.adapter.json.imports;

import dev.clientele.core.application.port.in.InteractionInput;

/**
 * Receives an import as it is produced, so that a caller can write interactions out one at a
 * time instead of holding the whole export's result. Calls come from the importing thread, in order.
 */
public interface ImportSink {

    /** One interaction, ready for the contract; never null. */
    void interaction(InteractionInput interaction);

    /** One record that was left out or imported under an assumption; never null. */
    void problem(ImportProblem problem);

    /**
     * The source system already marks this interaction as escalated (Salesforce {@code IsEscalated}).
     * The contract has no field for it, so it travels beside the interactions. Called after
     * {@link #interaction} for the same id. Ignored by default.
     */
    default void escalatedInSource(String interactionId) {
    }
}
