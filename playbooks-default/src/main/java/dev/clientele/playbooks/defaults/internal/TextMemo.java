package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a value computed from one {@link AnalysedText} instance, by identity, for as long as
 * that instance is alive elsewhere: the host's analysis cache hands out the same instance for the
 * same text, so the three built-in playbooks and the next assessment of a longer conversation find
 * the work already done, and nothing outlives the host's own cache. Thread-safe; the computing
 * function must be deterministic, since two threads may compute the same value once each.
 *
 * @param <V> the remembered value; immutable
 */
final class TextMemo<V> {

    private final Map<Object, V> values = new ConcurrentHashMap<>();
    private final ReferenceQueue<AnalysedText> collected = new ReferenceQueue<>();
    private final Function<AnalysedText, V> compute;

    TextMemo(Function<AnalysedText, V> compute) {
        this.compute = compute;
    }

    /** The value for {@code text}, computed on its first request. */
    V get(AnalysedText text) {
        // A plain holder for the lookup: a weak reference per lookup would cost the collector work.
        V known = values.get(new Lookup(text));
        if (known != null) {
            return known;
        }
        // Computed outside the map's lock: matching can take a while and must not block other texts.
        V fresh = compute.apply(text);
        expungeCollected();
        V raced = values.putIfAbsent(new Key(text, collected), fresh);
        return raced != null ? raced : fresh;
    }

    /** How many texts are remembered now; for tests. */
    int size() {
        expungeCollected();
        return values.size();
    }

    private void expungeCollected() {
        Reference<? extends AnalysedText> gone;
        while ((gone = collected.poll()) != null) {
            values.remove(gone);
        }
    }

    /** An analysed text looked up, held strongly for the length of one lookup. */
    private record Lookup(AnalysedText text) {

        @Override
        public int hashCode() {
            return System.identityHashCode(text);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.get() == text;
        }
    }

    /** A weak reference compared by the identity of its referent; a cleared one equals only itself. */
    private static final class Key extends WeakReference<AnalysedText> {

        private final int hash;

        Key(AnalysedText text, ReferenceQueue<AnalysedText> queue) {
            super(text, queue);
            this.hash = System.identityHashCode(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            AnalysedText mine = get();
            if (other instanceof Lookup l) {
                return mine == l.text();
            }
            return other instanceof Key k && mine != null && mine == k.get();
        }
    }
}
