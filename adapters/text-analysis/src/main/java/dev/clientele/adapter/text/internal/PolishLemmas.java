package dev.clientele.adapter.text.internal;

import morfologik.stemming.IStemmer;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polish lemmas from the Morfologik dictionary, with diacritics restored when hurried typing lost them.
 *
 * <p>Choice among several lemmas is deterministic: plural-only nouns yield to their singular twin
 * ("rozmowy" → "rozmowa"); one of the commonest lemmas wins ("mam" → "mieć", not "mama"); then a
 * lemma equal to the word, unless that is a neuter noun beside an adjective ("złe" → "zły") or an
 * adjective beside a noun ("umowy" → "umowa"); otherwise verbs before nouns before adjectives
 * before participles ("przełożonego" → "przełożony"), then the lemma with more readings, the
 * shorter, the alphabetically first.
 *
 * <p>A word the dictionary does not know gets a known variant with diacritics added: fewest
 * additions first, and among those the likeliest by Polish letter frequencies (word-final ę, ą,
 * ć, ś favoured), the leftmost on a tie; at most {@value #MAX_ADDITIONS} additions on words of at
 * most {@value #MAX_LETTERS} letters, trying at most {@value #MAX_LOOKUPS} variants. In a text
 * typed wholly without Polish letters, where the writer evidently skipped diacritics, a known
 * word of at most {@value #MAX_LETTERS_FOR_PREFERRED} letters still yields to a variant with up
 * to two diacritics restored whose lemma is one of the commonest lemmas or a service word this
 * project cares about ("zadam" → "żądać", "mial" → "mieć").
 *
 * <p>Thread-safe: Morfologik's stemmer keeps state, so each thread has its own.
 */
public final class PolishLemmas {

    static final int MAX_ADDITIONS = 3;
    static final int MAX_LETTERS = 16;
    /** Bounds the cost of one unknown word (a long foreign word has hundreds of variants). */
    static final int MAX_LOOKUPS = 300;
    private static final int CACHE_LIMIT = 100_000;

    /**
     * Service words whose plain-letter spelling is also another, rarer word in a complaint
     * ("zadam" give/demand, "sadu" orchard/court, "mowie" speech/say, "place" squares/pay,
     * "umowe" a form of the adjective "umowy" but meant "umowę").
     */
    private static final Set<String> SERVICE_LEMMAS = Set.of("żądać", "żądanie", "sąd", "mówić", "płacić", "umowa");

    /** Chat words the dictionary reads as something else ("ok" as a form of "oko"). */
    private static final Set<String> KEPT_AS_WRITTEN = Set.of(
            "ok", "okay", "okej", "oki", "okey", "spoko", "super", "xd", "hej", "halo");

    /**
     * The commonest Polish lemmas (pronouns, auxiliaries, a few nouns): when a word can be a form
     * of one of them ("mam" of "mieć" rather than "mama", "lata" of "rok"), it almost always is.
     */
    private static final List<String> FREQUENT = List.of(
            "nie", "być", "mieć", "ja", "ty", "on", "my", "wy", "oni", "się", "siebie", "ten", "to", "mój",
            "twój", "swój", "nasz", "wasz", "móc", "chcieć", "musieć", "wiedzieć", "rok", "człowiek", "dzień",
            "czas", "raz", "pan", "pani", "dobry", "dobrze", "bardzo", "już", "tak", "jeden", "też", "więc",
            "który", "jaki", "jakiś", "mówić", "powiedzieć", "zrobić", "robić", "dać", "iść", "wszystko");

    /**
     * Lemmas that win over the word as written in texts typed without diacritics, when the word
     * is not already a form of one of them: "mial" is a rare verb but meant "miał" (mieć).
     */
    private static final Set<String> PREFERRED;

    static {
        Set<String> preferred = new HashSet<>(FREQUENT);
        preferred.addAll(SERVICE_LEMMAS);
        PREFERRED = Set.copyOf(preferred);
    }

    static final int MAX_LETTERS_FOR_PREFERRED = 10;

    private static final String PLAIN = "acelnosz";
    private static final String[] ACCENTED = {"ą", "ć", "ę", "ł", "ń", "ó", "ś", "żź"};

    private final ThreadLocal<IStemmer> stemmer = ThreadLocal.withInitial(PolishStemmer::new);
    private final Map<String, String> plainTextCache = new ConcurrentHashMap<>();
    private final Map<String, String> diacriticTextCache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> knownCache = new ConcurrentHashMap<>();

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
        String lemma = compute(lower, textHasNoDiacritics);
        if (cache.size() >= CACHE_LIMIT) {
            // A crude bound on memory; results never depend on the cache.
            cache.clear();
        }
        cache.put(lower, lemma);
        return lemma;
    }

    /**
     * Whether the dictionary knows the word as written, as a word rather than only as an
     * abbreviation ("and" is one, of "andante"): in lower case, or also as a name when it is
     * written with a capital ("Kraków"; "service" is not the name "Service").
     */
    public boolean knows(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return isWord(lookup(lower)) || (!word.equals(lower) && isWord(lookup(capitalised(lower))));
    }

    private static boolean isWord(List<Reading> readings) {
        for (Reading r : readings) {
            if (!r.abbreviationOnly()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the dictionary knows the word as written, in lower case, or with up to two diacritics restored. */
    public boolean knowsPerhapsWithoutDiacritics(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Boolean cached = knownCache.get(lower);
        if (cached != null) {
            return cached;
        }
        boolean known = !lookup(lower).isEmpty() || !lookup(capitalised(lower)).isEmpty() || restore(lower, null, 2) != null;
        if (knownCache.size() >= CACHE_LIMIT) {
            knownCache.clear();
        }
        knownCache.put(lower, known);
        return known;
    }

    private static String capitalised(String lower) {
        int first = lower.codePointAt(0);
        return new StringBuilder(lower.length()).appendCodePoint(Character.toTitleCase(first))
                .append(lower, Character.charCount(first), lower.length()).toString();
    }

    private String compute(String lower, boolean textHasNoDiacritics) {
        List<Reading> readings = lookup(lower);
        if (readings.isEmpty()) {
            // Proper names are capitalised in the dictionary ("Kraków"); the lower-case form alone
            // decides, so the cache keyed by it can never change an answer.
            readings = lookup(capitalised(lower));
        }
        readings = withoutAbbreviations(readings, lower);
        if (!readings.isEmpty()) {
            if (textHasNoDiacritics && lower.length() <= MAX_LETTERS_FOR_PREFERRED
                    && readings.stream().noneMatch(r -> PREFERRED.contains(r.lemma()))) {
                String preferred = restore(lower, PREFERRED, 2);
                if (preferred != null) {
                    return preferred;
                }
            }
            return choose(lower, readings);
        }
        String restored = restore(lower, null);
        return restored != null ? restored : Folding.fold(lower);
    }

    /** Abbreviation readings ("k." for "koło") only count for words of two or more letters ("wg" → "według"). */
    private static List<Reading> withoutAbbreviations(List<Reading> readings, String lower) {
        if (lower.length() > 1) {
            return readings;
        }
        List<Reading> kept = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            if (!r.abbreviationOnly()) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * The lemma of the likeliest known variant with the fewest diacritics added, or null; when
     * {@code wanted} is given, only variants whose lemma is in it count.
     */
    private String restore(String lower, Set<String> wanted) {
        return restore(lower, wanted, MAX_ADDITIONS);
    }

    private String restore(String lower, Set<String> wanted, int maxAdditions) {
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
        int[] lookupsLeft = {MAX_LOOKUPS};
        for (int additions = 1; additions <= Math.min(maxAdditions, positions.size()); additions++) {
            Best best = new Best(lookupsLeft);
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
            if (odds <= best.odds || best.lookupsLeft[0] <= 0) {
                return;
            }
            best.lookupsLeft[0]--;
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
        final int[] lookupsLeft;
        String lemma;
        double odds;

        Best(int[] lookupsLeft) {
            this.lookupsLeft = lookupsLeft;
        }

        void take(String candidate, double candidateOdds) {
            if (candidateOdds > odds) {
                lemma = candidate;
                odds = candidateOdds;
            }
        }
    }

    private static String choose(String lower, List<Reading> all) {
        List<Reading> readings = new ArrayList<>(all.size());
        for (Reading r : all) {
            // "rozmowy" (talks) and "koszty" (costs) are also forms of "rozmowa", "koszt": the singular lemma is the useful one.
            if (!r.pluraleTantum()) {
                readings.add(r);
            }
        }
        if (readings.isEmpty()) {
            readings = all;
        }
        Reading frequent = null;
        int frequentRank = Integer.MAX_VALUE;
        for (Reading r : readings) {
            int rank = FREQUENT.indexOf(r.lemma());
            if (rank >= 0 && (rank < frequentRank || r.lemma().equals(lower))) {
                frequent = r;
                frequentRank = r.lemma().equals(lower) ? -1 : rank;
            }
        }
        if (frequent != null) {
            return frequent.lemma();
        }
        boolean anyNoun = readings.stream().anyMatch(Reading::hasNoun);
        boolean anyAdjective = readings.stream().anyMatch(Reading::hasAdjective);
        Reading passedOver = null;
        for (Reading r : readings) {
            if (r.lemma().equals(lower)) {
                if ((r.neuterNounOnly() && anyAdjective) || (r.adjectiveOnly() && anyNoun)) {
                    passedOver = r;
                } else {
                    return r.lemma();
                }
            }
        }
        Reading best = null;
        for (Reading r : readings) {
            if (r != passedOver && (best == null || r.compareTo(best) < 0)) {
                best = r;
            }
        }
        return best.lemma();
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

    /**
     * A lemma with the tags of every reading the dictionary gave for the word. Ordered by word
     * class (function words, verbs, nouns, adjectives, participles, the rest), then by number of
     * readings, then shorter lemma, then alphabetically.
     */
    private record Reading(String lemma, String tags) implements Comparable<Reading> {

        private static final List<Set<String>> CLASSES = List.of(
                Set.of("ppron12", "ppron3", "siebie", "prep", "conj", "comp", "qub", "adv", "num", "numcol"),
                Set.of("verb", "pred", "winien", "bedzie", "aglt"),
                Set.of("subst", "depr"),
                Set.of("adj", "adja", "adjp", "adjc"),
                Set.of("ppas", "pact", "ger"));

        private String[] each() {
            return tags.split("\\+");
        }

        private static String kind(String tag) {
            int colon = tag.indexOf(':');
            return colon < 0 ? tag : tag.substring(0, colon);
        }

        int wordClass() {
            int best = CLASSES.size();
            for (String t : each()) {
                for (int c = 0; c < best; c++) {
                    if (CLASSES.get(c).contains(kind(t))) {
                        best = c;
                    }
                }
            }
            return best;
        }

        int count() {
            return each().length;
        }

        boolean hasNoun() {
            for (String t : each()) {
                if (kind(t).equals("subst")) {
                    return true;
                }
            }
            return false;
        }

        boolean hasAdjective() {
            for (String t : each()) {
                if (kind(t).startsWith("adj")) {
                    return true;
                }
            }
            return false;
        }

        boolean adjectiveOnly() {
            for (String t : each()) {
                if (!kind(t).startsWith("adj")) {
                    return false;
                }
            }
            return true;
        }

        /** A noun of neuter gender only, such as "złe" (evil), which is usually the adjective "zły" instead. */
        boolean neuterNounOnly() {
            for (String t : each()) {
                if (!kind(t).equals("subst") || !(t.endsWith(":n1") || t.endsWith(":n2") || t.contains(":n2:") || t.contains(":n1:"))) {
                    return false;
                }
            }
            return true;
        }

        boolean abbreviationOnly() {
            for (String t : each()) {
                if (!kind(t).equals("brev")) {
                    return false;
                }
            }
            return true;
        }

        /** A noun used only in the plural (gender p1, p2, p3). */
        boolean pluraleTantum() {
            for (String t : each()) {
                if (!kind(t).equals("subst") || !(t.endsWith(":p1") || t.endsWith(":p2") || t.endsWith(":p3"))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int compareTo(Reading other) {
            int byClass = Integer.compare(wordClass(), other.wordClass());
            if (byClass != 0) {
                return byClass;
            }
            int byCount = Integer.compare(other.count(), count());
            if (byCount != 0) {
                return byCount;
            }
            int byLength = Integer.compare(lemma.length(), other.lemma.length());
            return byLength != 0 ? byLength : lemma.compareTo(other.lemma);
        }
    }
}
