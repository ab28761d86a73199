package dev.clientele.core.application.port.in;

/**
 * The main use case: assess an interaction and advise the agent. Implementations are thread-safe.
 */
public interface AssessInteraction {

    /**
     * Assesses one interaction.
     *
     * @throws InvalidInputException when the input breaks the contract; nothing is assessed
     */
    Assessment assess(InteractionInput input);
}
