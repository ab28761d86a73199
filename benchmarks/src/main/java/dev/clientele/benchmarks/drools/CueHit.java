package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: a cue phrase found in a turn and kept: no overlapping hit of its signal is
 * stronger (see {@link Scoring#better}).
 */
public final class CueHit {

    private final String signal;
    private final double weight;
    private final String phrase;
    private final int turn;
    private final int firstToken;
    private final int lastToken;

    /** The kept copy of {@code raw}. */
    public static CueHit of(RawHit raw) {
        return new CueHit(raw.getSignal(), raw.getWeight(), raw.getPhrase(), raw.getTurn(), raw.getFirstToken(),
                raw.getLastToken());
    }

    public CueHit(String signal, double weight, String phrase, int turn, int firstToken, int lastToken) {
        this.signal = signal;
        this.weight = weight;
        this.phrase = phrase;
        this.turn = turn;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
    }

    public String getSignal() {
        return signal;
    }

    public double getWeight() {
        return weight;
    }

    public String getPhrase() {
        return phrase;
    }

    public int getTurn() {
        return turn;
    }

    public int getFirstToken() {
        return firstToken;
    }

    public int getLastToken() {
        return lastToken;
    }


    @Override
    public String toString() {
        return "CueHit[" + signal + " '" + phrase + "' @" + turn + ":" + firstToken + "]";
    }
}
