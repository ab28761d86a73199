package dev.clientele.adapter.text.internal;

import dev.clientele.playbooks.api.Token.Kind;

import java.util.List;
import java.util.Set;

/**
 * Which words a negation governs: the next {@value #WINDOW} words after a negator, stopping early
 * at punctuation, an emoji, a contrasting conjunction ("but", "ale") or the next negator.
 * "nie jestem zły" → "jestem", "zły"; "not angry" → "angry". The negator itself is not negated.
 */
public final class Negation {

    static final int WINDOW = 3;

    private static final Set<String> POLISH = Set.of(
            "nie", "ani", "nigdy", "bez", "nikt", "nic", "nigdzie",
            "zaden", "zadna", "zadne", "zadnego", "zadnej", "zadnemu", "zadnym", "zadnych", "zadnymi");
    private static final Set<String> ENGLISH = Set.of(
            "not", "no", "never", "without", "nor", "neither", "nobody", "nothing", "none", "cannot", "nowhere");
    private static final Set<String> APOSTROPHE_LESS = Set.of(
            "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
            "hadnt", "couldnt", "wouldnt", "shouldnt", "mustnt", "neednt", "aint", "shant");
    private static final Set<String> SCOPE_ENDS = Set.of(
            "but", "however", "although", "though", "yet", "ale", "lecz", "jednak", "tylko", "natomiast");

    private Negation() {
    }

    /** Whether a folded word negates what follows in the given language. */
    public static boolean isNegator(String folded, String language) {
        if ("pl".equals(language)) {
            return POLISH.contains(folded);
        }
        return ENGLISH.contains(folded) || folded.endsWith("n't") || APOSTROPHE_LESS.contains(folded);
    }

    /** Whether the folded word is an English "n't" contraction typed without its apostrophe ("dont"). */
    static boolean isApostropheLessContraction(String folded) {
        return APOSTROPHE_LESS.contains(folded);
    }

    /**
     * Marks the negated pieces.
     *
     * @param kinds   the kind of each piece
     * @param folded  the folded text of each piece
     * @return for each piece, whether a negation governs it
     */
    public static boolean[] scopes(List<Kind> kinds, List<String> folded, String language) {
        boolean[] negated = new boolean[kinds.size()];
        int wordsLeft = 0;
        for (int i = 0; i < kinds.size(); i++) {
            Kind kind = kinds.get(i);
            if (kind == Kind.WORD) {
                String word = folded.get(i);
                if (isNegator(word, language)) {
                    wordsLeft = WINDOW;
                } else if (SCOPE_ENDS.contains(word)) {
                    wordsLeft = 0;
                } else if (wordsLeft > 0) {
                    negated[i] = true;
                    wordsLeft--;
                }
            } else if (kind == Kind.PUNCTUATION || kind == Kind.EMOJI || kind == Kind.URL) {
                wordsLeft = 0;
            } else if (wordsLeft > 0) {
                // Numbers, mentions and hashtags inside the scope are governed too but do not use it up.
                negated[i] = true;
            }
        }
        return negated;
    }
}
