package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue phrases of one language compiled into the lemmas the host's analyser produces, indexed by
 * the key of their first word, so that finding cues in a turn costs one hash lookup per word.
 * A phrase matches words in order (phrases of three or more words with at most {@link #MAX_GAP}
 * other word between two of theirs), with the same negation as in the compiled phrase, and never
 * inside quoted text. A phrase written with a leading {@code =} matches the written forms only,
 * not their lemmas, for cues where the grammatical person matters ("=zapomniałem"); one written
 * with a leading {@code ~} matches whatever the negation, for demands that a negation elsewhere in
 * the sentence must not hide ("if the answer is no I want your manager").
 * Overlapping hits of one signal count once, with the strongest weight. Immutable once built.
 */
public final class PhraseIndex {

    /** How many foreign words may stand between two words of a phrase ("chcę natychmiast rozmawiać z kierownikiem"). */
    static final int MAX_GAP = 1;

    private final Map<String, List<Compiled>> byFirstKey;

    private PhraseIndex(Map<String, List<Compiled>> byFirstKey) {
        this.byFirstKey = byFirstKey;
    }

    /** One compiled phrase: per word the keys that match it and whether it must be negated. */
    private record Compiled(Cue cue, String[][] keys, boolean[] negated, boolean anyNegation) {
        int gap() {
            return keys.length >= 3 ? MAX_GAP : 0;
        }
    }

    /** A cue found in a text, with the range of tokens (inclusive) that carry it. */
    public record Hit(Signal signal, double weight, String phrase, int firstToken, int lastToken) {
    }

    /**
     * Compiles the cues of {@code language} with the host's analyser. Each phrase is analysed as
     * written and once more without diacritics, so that hurried typing ("zadam" for "żądam")
     * matches whatever lemma the analyser gives the stripped word.
     */
    static PhraseIndex compile(List<Cue> cues, String language, PlaybookContext context) {
        Map<String, List<Compiled>> index = new HashMap<>();
        for (Cue cue : cues) {
            if (!cue.language().equals(language)) {
                continue;
            }
            String phrase = cue.phrase();
            boolean anyNegation = phrase.startsWith("~");
            phrase = anyNegation ? phrase.substring(1) : phrase;
            boolean formsOnly = phrase.startsWith("=");
            phrase = formsOnly ? phrase.substring(1) : phrase;
            Set<String> variants = new LinkedHashSet<>(List.of(phrase, stripDiacritics(phrase)));
            Set<String> seen = new LinkedHashSet<>();
            for (String variant : variants) {
                Compiled compiled = compileOne(cue, context.analyse(variant, language), formsOnly, anyNegation);
                if (compiled == null || !seen.add(signature(compiled))) {
                    continue;
                }
                for (String key : compiled.keys()[0]) {
                    index.computeIfAbsent(key, k -> new ArrayList<>()).add(compiled);
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return new PhraseIndex(Map.copyOf(index));
    }

    private static Compiled compileOne(Cue cue, AnalysedText analysed, boolean formsOnly, boolean anyNegation) {
        List<Token> words = new ArrayList<>();
        for (Token t : analysed.tokens()) {
            if (isMatchable(t)) {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String[][] keys = new String[words.size()][];
        boolean[] negated = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            keys[i] = formsOnly || t.lemma().equals(t.folded()) ? new String[] {t.folded()} : new String[] {t.lemma(), t.folded()};
            negated[i] = t.negated();
        }
        return new Compiled(cue, keys, negated, anyNegation);
    }

    private static String signature(Compiled c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.keys().length; i++) {
            sb.append(String.join("|", c.keys()[i])).append(c.negated()[i] ? "!" : "").append(' ');
        }
        return sb.toString();
    }

    private static boolean isMatchable(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.HASHTAG;
    }

    static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // Polish ł does not decompose; fold it by hand.
            sb.append(c == 'ł' ? 'l' : c == 'Ł' ? 'L' : c);
        }
        return sb.toString();
    }

    /** Every cue in the text, at most one hit per phrase and starting word; quoted words never match. */
    public List<Hit> find(AnalysedText text) {
        List<Token> tokens = text.tokens();
        int[] words = new int[tokens.size()];
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isMatchable(t) && !t.quoted()) {
                words[n++] = i;
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            Token first = tokens.get(words[w]);
            collect(byFirstKey.get(first.lemma()), tokens, words, n, w, hits);
            if (!first.folded().equals(first.lemma())) {
                collect(byFirstKey.get(first.folded()), tokens, words, n, w, hits);
            }
            String hashtagWord = hashtagWord(first);
            if (hashtagWord != null) {
                collect(byFirstKey.get(hashtagWord), tokens, words, n, w, hits);
            }
        }
        return strongestOfOverlapping(hits);
    }

    /** Keeps, among hits of one signal whose token ranges overlap, the strongest (then the longest). */
    private static List<Hit> strongestOfOverlapping(List<Hit> hits) {
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean beaten = false;
            for (Hit other : hits) {
                if (other != h && other.signal() == h.signal() && overlap(h, other) && better(other, h)) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean overlap(Hit a, Hit b) {
        return a.firstToken() <= b.lastToken() && b.firstToken() <= a.lastToken();
    }

    private static boolean better(Hit a, Hit b) {
        if (a.weight() != b.weight()) {
            return a.weight() > b.weight();
        }
        int lengthA = a.lastToken() - a.firstToken();
        int lengthB = b.lastToken() - b.firstToken();
        if (lengthA != lengthB) {
            return lengthA > lengthB;
        }
        // Equal hits: keep the one that starts first, then the first found.
        return a.firstToken() < b.firstToken() || a.firstToken() == b.firstToken() && a.phrase().compareTo(b.phrase()) < 0;
    }

    private static String hashtagWord(Token t) {
        if (t.kind() == Token.Kind.HASHTAG && t.folded().length() > 1 && t.folded().charAt(0) == '#') {
            return t.folded().substring(1);
        }
        return null;
    }

    private static void collect(List<Compiled> candidates, List<Token> tokens, int[] words, int n, int start,
                                List<Hit> hits) {
        if (candidates == null) {
            return;
        }
        for (Compiled c : candidates) {
            int last = matchFrom(c, tokens, words, n, start);
            if (last >= 0 && !alreadyHit(hits, c.cue().phrase(), words[start])) {
                hits.add(new Hit(c.cue().signal(), c.cue().weight(), c.cue().phrase(), words[start], words[last]));
            }
        }
    }

    private static boolean alreadyHit(List<Hit> hits, String phrase, int firstToken) {
        for (Hit h : hits) {
            if (h.firstToken() == firstToken && h.phrase().equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The word position of the phrase's last word when it matches from {@code start}, else -1. */
    private static int matchFrom(Compiled c, List<Token> tokens, int[] words, int n, int start) {
        if (!matches(c, 0, tokens.get(words[start]))) {
            return -1;
        }
        int position = start;
        for (int k = 1; k < c.keys().length; k++) {
            int found = -1;
            for (int p = position + 1; p <= position + 1 + c.gap() && p < n; p++) {
                if (matches(c, k, tokens.get(words[p]))) {
                    found = p;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found;
        }
        return position;
    }

    private static boolean matches(Compiled c, int k, Token t) {
        if (!c.anyNegation() && t.negated() != c.negated()[k]) {
            return false;
        }
        String hashtagWord = hashtagWord(t);
        for (String key : c.keys()[k]) {
            if (key.equals(t.lemma()) || key.equals(t.folded()) || key.equals(hashtagWord)) {
                return true;
            }
        }
        return false;
    }
}
