package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: one way a word of a turn may be matched. A word gives one fact per distinct
 * key (its lemma, its folded form, the word of a hashtag), so that every cue condition is a plain
 * equality that Drools can index.
 */
public final class WordKey {

    private final String language;
    private final int turn;
    private final int position;
    private final int token;
    private final String key;
    private final boolean negated;
    private final String lemma;
    private final String folded;

    /**
     * @param language the language of the turn's analysis; cue rules apply to their own language only
     * @param turn     the turn's index in the interaction
     * @param position the word's place among the turn's matchable, unquoted words
     * @param token    the token's index in the turn, for quoting
     * @param key      the form matched against cue words
     * @param negated  whether a negation governs the word
     * @param lemma    the word's lemma
     * @param folded   the word's folded form
     */
    public WordKey(String language, int turn, int position, int token, String key, boolean negated, String lemma,
                   String folded) {
        this.language = language;
        this.turn = turn;
        this.position = position;
        this.token = token;
        this.key = key;
        this.negated = negated;
        this.lemma = lemma;
        this.folded = folded;
    }

    public String getLanguage() {
        return language;
    }

    public int getTurn() {
        return turn;
    }

    public int getPosition() {
        return position;
    }

    public int getToken() {
        return token;
    }

    public String getKey() {
        return key;
    }

    public boolean isNegated() {
        return negated;
    }

    public String getLemma() {
        return lemma;
    }

    public String getFolded() {
        return folded;
    }

    @Override
    public String toString() {
        return "WordKey[" + turn + ":" + position + " " + key + (negated ? " (negated)" : "") + "]";
    }
}
