package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The features of one text's own words: lemmas and pairs of lemmas, without diacritics, of the
 * words the speaker says themselves (quoted words are left out), character n-grams of each word
 * form (so that typos, missing diacritics and masked swearing such as {@code k***a} still share
 * features with the plain word), and how many words are on the licensed swearing lists. Names of
 * people count as {@code <name>} and give no n-grams. Immutable, apart from a model's sums over it,
 * remembered so that a text read again costs no second pass over its words; thread-safe.
 */
public final class WordFeatures {

    /** Character n-grams of these lengths are taken from each word. */
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;
    /** Longer words are rarely real words (links, codes); their n-grams would only add noise. */
    private static final int MAX_WORD = 24;

    private final Map<String, Double> values;
    private final Map<String, int[]> spans;
    /** The last model that summed these features, and its sums; one model per host, so one suffices. */
    private volatile Sums sums;

    private record Sums(Object model, double[] values) {
    }

    WordFeatures(Map<String, Double> values, Map<String, int[]> spans) {
        this.values = Collections.unmodifiableMap(values);
        this.spans = Collections.unmodifiableMap(spans);
    }

    /** The value of each feature present, in [0, 1]. */
    public Map<String, Double> values() {
        return values;
    }

    /** The first and last token of the words a feature came from (its first occurrence). */
    public Map<String, int[]> spans() {
        return spans;
    }

    /** What {@code sum} gives for these features under {@code model}, computed once per model. */
    double[] sums(Object model, Function<WordFeatures, double[]> sum) {
        Sums known = sums;
        if (known != null && known.model() == model) {
            return known.values();
        }
        double[] fresh = sum.apply(this);
        sums = new Sums(model, fresh);
        return fresh;
    }

    /** The word features of {@code text}, where {@code isName} tells which tokens name a person. */
    static WordFeatures of(AnalysedText text, IntPredicate isName, SwearWords lexicon) {
        Map<String, Double> values = new HashMap<>();
        Map<String, int[]> spans = new HashMap<>();
        List<Token> tokens = text.tokens();
        String previous = null;
        int previousIndex = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.quoted() || !(token.isWord() || token.kind() == Token.Kind.NUMBER)) {
                previous = null;
                continue;
            }
            // A surname that is also a word ("Wrona", "Moody") says nothing of behaviour.
            boolean name = isName.test(i);
            String lemma = token.kind() == Token.Kind.NUMBER ? "<num>" : name ? "<name>"
                    : PhraseIndex.stripDiacritics(token.lemma());
            put("w:" + lemma, i, i, values, spans);
            if (previous != null) {
                put("b:" + previous + "_" + lemma, previousIndex, i, values, spans);
            }
            previous = lemma;
            previousIndex = i;
            if (token.isWord() && !name) {
                String form = PhraseIndex.stripDiacritics(token.folded());
                if (form.length() <= MAX_WORD) {
                    String padded = "^" + form + "$";
                    for (int n = MIN_GRAM; n <= MAX_GRAM; n++) {
                        for (int s = 0; s + n <= padded.length(); s++) {
                            put("c:" + padded.substring(s, s + n), i, i, values, spans);
                        }
                    }
                }
            }
        }
        int swearing = lexicon.count(tokens);
        if (swearing > 0) {
            values.put("l:swearing", Math.min(swearing, 3) / 3.0);
        }
        return new WordFeatures(values, spans);
    }

    private static void put(String feature, int first, int last, Map<String, Double> values, Map<String, int[]> spans) {
        if (values.putIfAbsent(feature, 1.0) == null) {
            spans.put(feature, new int[] {first, last});
        }
    }
}
