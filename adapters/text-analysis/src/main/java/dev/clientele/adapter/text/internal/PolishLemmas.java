package dev.clientele.adapter.text.internal;

import morfologik.stemming.IStemmer;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polish lemmas from the Morfologik dictionary, with diacritics restored when hurried typing lost them.
 *
 * <p>Choice among several lemmas is deterministic: a lemma equal to the word wins, unless the word
 * is only a noun reading of an adjective ("złe" → "zły"); otherwise the dictionary's first lemma,
 * which is the lexicographically smallest. A word the dictionary does not know gets a known variant
 * with diacritics added: fewest additions first, and among those the likeliest by Polish letter
 * frequencies (word-final ę, ą, ć, ś favoured), the leftmost on a tie; at most {@value #MAX_ADDITIONS} additions on
 * words of at most {@value #MAX_LETTERS} letters. In a text typed wholly without Polish letters a
 * known word still yields to a restored variant whose lemma is a customer-service word this
 * project cares about ("zadam" → "żądać"), because there the writer evidently skipped diacritics.
 *
 * <p>Thread-safe: Morfologik's stemmer keeps state, so each thread has its own.
 */
public final class PolishLemmas {

    static final int MAX_ADDITIONS = 3;
    static final int MAX_LETTERS = 16;
    private static final int CACHE_LIMIT = 100_000;

    /**
     * Lemmas that win over the undiacritised reading in texts typed without diacritics: each is
     * a service word whose plain-letter spelling is also another, rarer word in a complaint
     * ("zadam" give/demand, "sadu" orchard/court, "mowie" speech/say, "place" squares/pay).
     */
    private static final Set<String> SERVICE_LEMMAS = Set.of("żądać", "żądanie", "sąd", "mówić", "płacić");
    private static final Set<String> SERVICE_PREFIXES = Set.of("zada", "sad", "mow", "plac");

    /** Chat words the dictionary reads as something else ("ok" as a form of "oko"). */
    private static final Set<String> KEPT_AS_WRITTEN = Set.of(
            "ok", "okay", "okej", "oki", "okey", "spoko", "super", "xd", "hej", "halo");

    private static final String PLAIN = "acelnosz";
    private static final String[] ACCENTED = {"ą", "ć", "ę", "ł", "ń", "ó", "ś", "żź"};

    private final ThreadLocal<IStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);
    private final Map<String, String> plainTextCache = new ConcurrentHashMap<>();
    private final Map<String, String> diacriticTextCache = new ConcurrentHashMap<>();

    /**
     * The lemma of a word, lower case; the folded word when the dictionary knows no variant.
     *
     * @param word                 the word as written
     * @param textHasNoDiacritics  whether the whole text lacks Polish letters, so diacritics were likely skipped
     */
    public String lemma(String word, boolean textHasNoDiacritics) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (KEPT_AS_WRITTEN.contains(lower)) {
            return lower;
        }
        Map<String, String> cache = textHasNoDiacritics ? plainTextCache : diacriticTextCache;
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        String lemma = compute(word, lower, textHasNoDiacritics);
        if (cache.size() >= CACHE_LIMIT) {
            // A crude bound on memory; results never depend on the cache.
            cache.clear();
        }
        cache.put(lower, lemma);
        return lemma;
    }

    /** Whether the dictionary knows the word as written or in lower case. */
    public boolean knows(String word) {
        return !lookup(word.toLowerCase(Locale.ROOT)).isEmpty() || !lookup(word).isEmpty();
    }

    private String compute(String word, String lower, boolean textHasNoDiacritics) {
        List<Reading> readings = lookup(lower);
        if (readings.isEmpty() && !word.equals(lower)) {
            readings = lookup(word);
        }
        if (!readings.isEmpty()) {
            if (textHasNoDiacritics && startsWithServicePrefix(lower)) {
                String service = restore(lower, SERVICE_LEMMAS);
                if (service != null) {
                    return service;
                }
            }
            return choose(lower, readings);
        }
        String restored = restore(lower, null);
        return restored != null ? restored : Folding.fold(lower);
    }

    private static boolean startsWithServicePrefix(String lower) {
        for (String prefix : SERVICE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lemma of the likeliest known variant with the fewest diacritics added, or null; when
     * {@code wanted} is given, only variants whose lemma is in it count.
     */
    private String restore(String lower, Set<String> wanted) {
        if (lower.length() > MAX_LETTERS) {
            return null;
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            if (PLAIN.indexOf(lower.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        char[] chars = lower.toCharArray();
        for (int additions = 1; additions <= Math.min(MAX_ADDITIONS, positions.size()); additions++) {
            Best best = new Best();
            tryAdditions(chars, positions, 0, additions, 1.0, wanted, best);
            if (best.lemma != null) {
                return best.lemma;
            }
        }
        return null;
    }

    private void tryAdditions(char[] chars, List<Integer> positions, int from, int left, double odds,
                              Set<String> wanted, Best best) {
        if (left == 0) {
            if (odds <= best.odds) {
                return;
            }
            String variant = new String(chars);
            List<Reading> readings = lookup(variant);
            if (readings.isEmpty()) {
                return;
            }
            if (wanted == null) {
                best.take(choose(variant, readings), odds);
                return;
            }
            for (Reading r : readings) {
                if (wanted.contains(r.lemma())) {
                    best.take(r.lemma(), odds);
                    return;
                }
            }
            return;
        }
        for (int p = from; p <= positions.size() - left; p++) {
            int at = positions.get(p);
            char plain = chars[at];
            String accents = ACCENTED[PLAIN.indexOf(plain)];
            for (int a = 0; a < accents.length(); a++) {
                chars[at] = accents.charAt(a);
                tryAdditions(chars, positions, p + 1, left - 1, odds * odds(accents.charAt(a), at == chars.length - 1),
                        wanted, best);
                chars[at] = plain;
            }
        }
    }

    /**
     * How much likelier the accented letter is than its plain twin, from Polish letter
     * frequencies; nasal vowels and ć, ś are far likelier at the end of a word (verb and case endings).
     */
    private static double odds(char accented, boolean last) {
        double odds = switch (accented) {
            case 'ł' -> 0.85;
            case 'ę' -> 0.15;
            case 'ą', 'ś', 'ż', 'ó' -> 0.12;
            case 'ć' -> 0.10;
            case 'ń' -> 0.04;
            default -> 0.01; // ź
        };
        boolean ending = accented == 'ę' || accented == 'ą' || accented == 'ć' || accented == 'ś';
        return last && ending ? odds * 4 : odds;
    }

    /** The best variant so far; the first found wins ties, which keeps the choice deterministic. */
    private static final class Best {
        String lemma;
        double odds;

        void take(String candidate, double candidateOdds) {
            if (candidateOdds > odds) {
                lemma = candidate;
                odds = candidateOdds;
            }
        }
    }

    private static String choose(String lower, List<Reading> readings) {
        Reading same = null;
        for (Reading r : readings) {
            if (r.lemma().equals(lower)) {
                same = r;
                break;
            }
        }
        if (same != null) {
            if (same.nounOnly()) {
                for (Reading r : readings) {
                    if (r != same && r.adjective()) {
                        return r.lemma();
                    }
                }
            }
            return same.lemma();
        }
        return readings.get(0).lemma();
    }

    private List<Reading> lookup(String word) {
        List<WordData> found = stemmer.get().lookup(word);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Reading> readings = new ArrayList<>(found.size());
        // WordData objects are reused by the next lookup, so copy what is needed now.
        for (WordData d : found) {
            CharSequence stem = d.getStem();
            CharSequence tag = d.getTag();
            if (stem == null || stem.length() == 0) {
                continue;
            }
            String lemma = stem.toString().toLowerCase(Locale.ROOT);
            String tags = tag == null ? "" : tag.toString();
            Reading existing = null;
            for (Reading r : readings) {
                if (r.lemma().equals(lemma)) {
                    existing = r;
                }
            }
            if (existing == null) {
                readings.add(new Reading(lemma, tags));
            } else {
                readings.set(readings.indexOf(existing), new Reading(lemma, existing.tags() + "+" + tags));
            }
        }
        return readings;
    }

    private record Reading(String lemma, String tags) {

        boolean nounOnly() {
            for (String t : tags.split("\\+")) {
                if (!t.startsWith("subst")) {
                    return false;
                }
            }
            return true;
        }

        boolean adjective() {
            for (String t : tags.split("\\+")) {
                if (t.startsWith("adj")) {
                    return true;
                }
            }
            return false;
        }
    }
}
