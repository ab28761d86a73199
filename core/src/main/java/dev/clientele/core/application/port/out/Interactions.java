package dev.clientele.core.application.port.out;

import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionId;

import java.util.Optional;

/**
 * Where interactions are kept between commands. Implementations are thread-safe; the application
 * services serialise their own read-change-save cycles.
 */
public interface Interactions {

    /** The interaction with {@code id}, if kept. */
    Optional<Interaction> find(InteractionId id);

    /** Keeps {@code interaction}, replacing the one with the same id. */
    void save(Interaction interaction);
}
