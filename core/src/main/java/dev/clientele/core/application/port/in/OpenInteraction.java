package dev.clientele.core.application.port.in;

import dev.clientele.core.domain.interaction.Change;

/** Starts keeping an interaction: checks it against the contract and stores it as open. */
public interface OpenInteraction {

    /**
     * Opens the interaction {@code input} describes.
     *
     * @return the change made, or a refusal when an interaction with that id is already kept
     * @throws InvalidInputException when {@code input} breaks the contract; nothing is stored
     */
    Change open(InteractionInput input);
}
