package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.playbooks.api.TurnView;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The turns of recently assessed interactions, already validated, viewed and mapped, by interaction
 * id, so that assessing an interaction again after one more turn prepares only that turn. Least
 * recently used interactions go first once either bound is reached. Thread-safe: entries are
 * immutable and replaced whole, so two threads assessing the same interaction at once each get a
 * consistent entry and the last one stays.
 */
final class PreparedTurns {

    private final int maxInteractions;
    private final long maxTurns;
    private final LinkedHashMap<String, Prepared> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long turns;

    /**
     * @param maxInteractions at least 1
     * @param maxTurns        the total number of turns held, at least 1
     */
    PreparedTurns(int maxInteractions, long maxTurns) {
        if (maxInteractions < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("bounds must be positive");
        }
        this.maxInteractions = maxInteractions;
        this.maxTurns = maxTurns;
    }

    /** What was prepared for the interaction with this id, or null. */
    Prepared get(String id) {
        if (id == null) {
            return null;
        }
        synchronized (entries) {
            return entries.get(id);
        }
    }

    /** Remembers {@code prepared} for its interaction, replacing what was there. */
    void put(Prepared prepared) {
        String id = prepared.input().id();
        synchronized (entries) {
            Prepared old = entries.put(id, prepared);
            turns += prepared.size() - (old == null ? 0 : old.size());
            Iterator<Map.Entry<String, Prepared>> eldest = entries.entrySet().iterator();
            while ((entries.size() > maxInteractions || turns > maxTurns) && eldest.hasNext()) {
                turns -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
    }

    /** How many interactions are held now. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /**
     * One valid input and its prepared turns.
     *
     * @param input    an input that passed validation
     * @param language the language its views were analysed in
     * @param domain   the domain turn of each of its turns
     * @param views    the view of each of its turns up to its {@code asOf}; a prefix of its turns
     */
    record Prepared(InteractionInput input, String language, Turn[] domain, TurnView[] views) {

        Prepared {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(language, "language");
            if (domain.length != input.turns().size() || views.length > domain.length) {
                throw new IllegalArgumentException("every turn is mapped, and only turns are viewed");
            }
        }

        int size() {
            return domain.length;
        }

        /**
         * How many first turns of {@code turns} equal this entry's. Equal turns of a re-sent input are
         * often the very same objects, which compare at once.
         */
        int sharedTurns(List<TurnInput> turns) {
            List<TurnInput> known = input.turns();
            int limit = Math.min(known.size(), turns.size());
            int i = 0;
            while (i < limit) {
                TurnInput a = turns.get(i);
                TurnInput b = known.get(i);
                if (a != b && !b.equals(a)) {
                    break;
                }
                i++;
            }
            return i;
        }
    }
}
