package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: when one turn was said and by whom, for every turn up to {@code asOf}, not
 * only the window: the first-response clock runs from the customer's first turn.
 */
public final class Moment {

    private final int index;
    private final String speaker;
    private final long atMillis;

    public Moment(int index, String speaker, long atMillis) {
        this.index = index;
        this.speaker = speaker;
        this.atMillis = atMillis;
    }

    public int getIndex() {
        return index;
    }

    public boolean isCustomer() {
        return "customer".equals(speaker);
    }

    public boolean isAgent() {
        return "agent".equals(speaker);
    }

    public long getAtMillis() {
        return atMillis;
    }
}
