package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: one token of a customer turn with its kind and folded form, for the rules
 * that read numbers and units ("2 hours", "6h").
 */
public final class TokenFact {

    private final int turn;
    private final int token;
    private final String kind;
    private final String folded;

    public TokenFact(int turn, int token, String kind, String folded) {
        this.turn = turn;
        this.token = token;
        this.kind = kind;
        this.folded = folded;
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

    public String getFolded() {
        return folded;
    }
}
