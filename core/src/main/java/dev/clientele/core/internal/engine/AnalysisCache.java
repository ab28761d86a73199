package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.api.AnalysedText;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers the analysis of recent texts, so that assessing an interaction again after one more
 * turn analyses only that turn. Least recently used entries go first once either bound is reached.
 * Thread-safe; the analysis itself runs outside the lock, so two threads may analyse the same
 * new text once each, which is harmless because analysis is deterministic.
 */
public final class AnalysisCache {

    private final TextAnalyser analyser;
    private final int maxEntries;
    private final long maxCharacters;
    private final LinkedHashMap<Key, AnalysedText> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long characters;
    private final AtomicLong analysed = new AtomicLong();

    /**
     * @param analyser      does the work on a miss
     * @param maxEntries    at least 1
     * @param maxCharacters the total length of cached texts, at least 1
     */
    public AnalysisCache(TextAnalyser analyser, int maxEntries, long maxCharacters) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        if (maxEntries < 1 || maxCharacters < 1) {
            throw new IllegalArgumentException("cache bounds must be positive");
        }
        this.maxEntries = maxEntries;
        this.maxCharacters = maxCharacters;
    }

    /** The analysis of {@code text} in {@code language}, from the cache when possible. */
    public AnalysedText analyse(String text, String language) {
        Key key = new Key(language, text);
        synchronized (entries) {
            AnalysedText cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        AnalysedText fresh = Objects.requireNonNull(analyser.analyse(text, language), "text analyser returned null");
        analysed.incrementAndGet();
        synchronized (entries) {
            if (entries.putIfAbsent(key, fresh) == null) {
                characters += text.length();
                evict();
            }
        }
        return fresh;
    }

    /** How many times the analyser did real work: one per cache miss. */
    public long analysedCount() {
        return analysed.get();
    }

    /** How many analyses are held now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private void evict() {
        Iterator<Map.Entry<Key, AnalysedText>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || characters > maxCharacters) && eldest.hasNext()) {
            Map.Entry<Key, AnalysedText> e = eldest.next();
            characters -= e.getKey().text().length();
            eldest.remove();
        }
    }

    private record Key(String language, String text) {
    }
}
