package dev.clientele.core.application;

import dev.clientele.core.application.port.out.Interactions;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps interactions in memory, for tests of the application services. */
public final class InMemoryInteractions implements Interactions {

    private final Map<InteractionId, Interaction> kept = new ConcurrentHashMap<>();

    @Override
    public Optional<Interaction> find(InteractionId id) {
        return Optional.ofNullable(kept.get(id));
    }

    @Override
    public void save(Interaction interaction) {
        kept.put(interaction.id(), interaction);
    }

    /** How many interactions are kept. */
    public int size() {
        return kept.size();
    }
}
