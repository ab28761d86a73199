package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: one piece of evidence for a pattern, as a recognition rule concluded it.
 * Repeats of one key count less each time (see {@link Scoring#noisyOr}).
 */
public final class Evidence {

    private final String pattern;
    private final String key;
    private final double weight;
    private final int turn;
    private final boolean quotable;

    /**
     * @param pattern  the pattern id it speaks for
     * @param key      what kind of evidence it is; repeats of one key decay
     * @param weight   its strength in (0, 1]
     * @param turn     the turn it comes from
     * @param quotable whether it rests on words that can be quoted as evidence
     */
    public Evidence(String pattern, String key, double weight, int turn, boolean quotable) {
        this.pattern = pattern;
        this.key = key;
        this.weight = weight;
        this.turn = turn;
        this.quotable = quotable;
    }

    public String getPattern() {
        return pattern;
    }

    public String getKey() {
        return key;
    }

    public double getWeight() {
        return weight;
    }

    public int getTurn() {
        return turn;
    }

    public boolean isQuotable() {
        return quotable;
    }

    @Override
    public String toString() {
        return "Evidence[" + pattern + " " + key + " " + weight + " @" + turn + "]";
    }
}
