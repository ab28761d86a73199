package dev.clientele.adapter.text.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the words of one language are spelt: a character trigram model of its words, folded to
 * plain letters, so that a word no dictionary knows (a typo, a rare inflection, a new coinage)
 * still looks more Polish or more English. The counts are read from a resource file built by
 * {@code LanguageProfileBuilder} from a word list.
 *
 * <p>The probability of each letter given the two before it interpolates the trigram, bigram and
 * letter estimates, so that no word, however strange, has probability zero. Immutable and
 * thread-safe.
 */
public final class CharacterProfile {

    /** Marks the start and the end of a word in a trigram. */
    public static final char EDGE = '_';

    private static final double TRIGRAM_SHARE = 0.6;
    private static final double BIGRAM_SHARE = 0.3;
    private static final double LETTER_SHARE = 0.1;
    /** The letters a-z and the edge mark; add-one smoothing of the letter estimate spreads over them. */
    private static final int ALPHABET = 27;

    private final Map<String, Double> trigrams;
    private final Map<String, Double> trigramContexts;
    private final Map<String, Double> bigrams;
    private final Map<Character, Double> bigramContexts;
    private final Map<Character, Double> letters;
    private final double total;

    private CharacterProfile(Map<String, Double> trigrams) {
        this.trigrams = Map.copyOf(trigrams);
        Map<String, Double> trigramContexts = new HashMap<>();
        Map<String, Double> bigrams = new HashMap<>();
        Map<Character, Double> bigramContexts = new HashMap<>();
        Map<Character, Double> letters = new HashMap<>();
        double total = 0;
        // Every letter of a padded word ends exactly one trigram, so the lower orders are sums of the trigram counts.
        for (Map.Entry<String, Double> e : trigrams.entrySet()) {
            String t = e.getKey();
            double n = e.getValue();
            trigramContexts.merge(t.substring(0, 2), n, Double::sum);
            bigrams.merge(t.substring(1), n, Double::sum);
            bigramContexts.merge(t.charAt(1), n, Double::sum);
            letters.merge(t.charAt(2), n, Double::sum);
            total += n;
        }
        this.trigramContexts = Map.copyOf(trigramContexts);
        this.bigrams = Map.copyOf(bigrams);
        this.bigramContexts = Map.copyOf(bigramContexts);
        this.letters = Map.copyOf(letters);
        this.total = total;
    }

    /** A profile from trigram counts, as {@link #trigrams(String)} splits words. */
    public static CharacterProfile of(Map<String, Double> trigramCounts) {
        return new CharacterProfile(trigramCounts);
    }

    /**
     * Reads a profile resource: one {@code trigram<TAB>count} a line, {@code #} comments.
     *
     * @throws IllegalStateException when the resource is missing or a line is malformed
     */
    public static CharacterProfile load(String resource) {
        InputStream in = CharacterProfile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Map<String, Double> counts = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab != 3) {
                    throw new IllegalStateException(resource + ":" + number + ": expected a trigram, a tab and a count");
                }
                counts.put(line.substring(0, 3), Double.parseDouble(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": a count is not a number: " + e.getMessage(), e);
        }
        return new CharacterProfile(counts);
    }

    /**
     * The letters of a word as the profiles see them: folded (lower case, no diacritics) and
     * kept to a-z, so that texts typed with and without Polish letters are spelt alike.
     */
    public static String letters(String word) {
        String folded = Folding.fold(word);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The trigrams of a word's {@link #letters(String) letters}, padded with two edge marks before and one after. */
    public static List<String> trigrams(String letters) {
        String padded = "" + EDGE + EDGE + letters + EDGE;
        List<String> out = new ArrayList<>(padded.length() - 2);
        for (int i = 2; i < padded.length(); i++) {
            out.add(padded.substring(i - 2, i + 1));
        }
        return out;
    }

    /** The natural logarithm of the probability of the word's letters, ending included; 0 for no letters. */
    public double logProbability(String letters) {
        if (letters.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (String t : trigrams(letters)) {
            sum += Math.log(probability(t));
        }
        return sum;
    }

    private double probability(String trigram) {
        double p = LETTER_SHARE * (letters.getOrDefault(trigram.charAt(2), 0.0) + 1) / (total + ALPHABET);
        Double bigramContext = bigramContexts.get(trigram.charAt(1));
        if (bigramContext != null) {
            p += BIGRAM_SHARE * bigrams.getOrDefault(trigram.substring(1), 0.0) / bigramContext;
        }
        Double trigramContext = trigramContexts.get(trigram.substring(0, 2));
        if (trigramContext != null) {
            p += TRIGRAM_SHARE * trigrams.getOrDefault(trigram, 0.0) / trigramContext;
        }
        return p;
    }
}
