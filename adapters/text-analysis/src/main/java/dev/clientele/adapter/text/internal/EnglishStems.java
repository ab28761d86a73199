package dev.clientele.adapter.text.internal;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English stems from the Snowball (Porter 2) stemmer, with contractions reduced to their verb
 * first ("don't" → "do", "can't" → "can", "won't" → "will", "I'm" → "i").
 *
 * <p>Thread-safe: the Snowball stemmer keeps state, so each thread has its own.
 */
public final class EnglishStems {

    /** Stems of "n't" contractions whose verb is not simply the part before "n't". */
    private static final Map<String, String> IRREGULAR_NEGATED = Map.of("ca", "can", "wo", "will", "sha", "shall", "ai", "be");

    private static final int CACHE_LIMIT = 100_000;

    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The stem of a folded word, lower case. */
    public String stem(String folded) {
        String cached = cache.get(folded);
        if (cached != null) {
            return cached;
        }
        String stem = compute(folded);
        if (cache.size() >= CACHE_LIMIT) {
            // A crude bound on memory; results never depend on the cache.
            cache.clear();
        }
        cache.put(folded, stem);
        return stem;
    }

    private String compute(String folded) {
        String base = withoutContraction(folded);
        if (base.isEmpty()) {
            return folded;
        }
        return stemmer.get().stem(base).toString();
    }

    /** The verb or noun a contraction is built on: "don't", "dont" → "do"; "customer's" → "customer". */
    static String withoutContraction(String folded) {
        if (folded.endsWith("n't")) {
            String verb = folded.substring(0, folded.length() - 3);
            return IRREGULAR_NEGATED.getOrDefault(verb, verb);
        }
        if (Negation.isApostropheLessContraction(folded)) {
            String verb = folded.substring(0, folded.length() - 2);
            return IRREGULAR_NEGATED.getOrDefault(verb, verb);
        }
        int apostrophe = folded.indexOf('\'');
        return apostrophe > 0 ? folded.substring(0, apostrophe) : folded;
    }
}
