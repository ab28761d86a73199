package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: one token of a customer turn with its forms, for the rules that read
 * numbers, units and Polish inflection ("2 hours", "6h", "kłamco", "odczepcie").
 */
public final class TokenFact {

    private final int turn;
    private final int token;
    private final String kind;
    private final String folded;
    private final String lemma;
    private final String strippedLemma;
    private final boolean quoted;

    /**
     * @param turn          the turn's index
     * @param token         the token's index in the turn
     * @param kind          the token kind's name, such as {@code WORD}
     * @param folded        lower case without diacritics
     * @param lemma         the dictionary form
     * @param strippedLemma the dictionary form without diacritics
     * @param quoted        whether it stands in quoted text
     */
    public TokenFact(int turn, int token, String kind, String folded, String lemma, String strippedLemma,
                     boolean quoted) {
        this.turn = turn;
        this.token = token;
        this.kind = kind;
        this.folded = folded;
        this.lemma = lemma;
        this.strippedLemma = strippedLemma;
        this.quoted = quoted;
    }

    public int getTurn() {
        return turn;
    }

    public int getToken() {
        return token;
    }

    public String getKind() {
        return kind;
    }

    public boolean isWord() {
        return "WORD".equals(kind);
    }

    public String getFolded() {
        return folded;
    }

    public String getLemma() {
        return lemma;
    }

    public String getStrippedLemma() {
        return strippedLemma;
    }

    public boolean isQuoted() {
        return quoted;
    }
}
