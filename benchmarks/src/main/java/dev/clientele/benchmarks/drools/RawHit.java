package dev.clientele.benchmarks.drools;

import java.util.Objects;

/**
 * A rule-engine fact: a cue phrase found in a turn, before overlapping hits are settled. Equal
 * when the turn, the phrase and its first token are, whatever the signal: the session (in
 * equality mode) keeps one hit however many key variants matched, and a phrase listed under two
 * signals counts for the first that fired, as in the built-in playbooks.
 */
public final class RawHit {

    private final String signal;
    private final double weight;
    private final String phrase;
    private final int turn;
    private final int firstToken;
    private final int lastToken;

    public RawHit(String signal, double weight, String phrase, int turn, int firstToken, int lastToken) {
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
    public boolean equals(Object o) {
        return o instanceof RawHit h && h.turn == turn && h.firstToken == firstToken && h.phrase.equals(phrase);
    }

    @Override
    public int hashCode() {
        return Objects.hash(phrase, turn, firstToken);
    }

    @Override
    public String toString() {
        return "RawHit[" + signal + " '" + phrase + "' @" + turn + ":" + firstToken + "]";
    }
}
