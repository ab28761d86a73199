package dev.clientele.benchmarks.drools;

/** A rule-engine fact: what surrounds the interaction. */
public final class ContextFact {

    private final int previousContacts;
    private final String tier;
    private final long asOfMillis;

    /**
     * @param previousContacts earlier contacts on the same matter
     * @param tier             the account's contract tier in lower case, or empty without an account or tier
     * @param asOfMillis       the moment of the assessment
     */
    public ContextFact(int previousContacts, String tier, long asOfMillis) {
        this.previousContacts = previousContacts;
        this.tier = tier;
        this.asOfMillis = asOfMillis;
    }

    public String getTier() {
        return tier;
    }

    public long getAsOfMillis() {
        return asOfMillis;
    }

    public int getPreviousContacts() {
        return previousContacts;
    }
}
