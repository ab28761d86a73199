package dev.clientele.benchmarks.drools;

/** A rule-engine fact: what surrounds the interaction. */
public final class ContextFact {

    private final int previousContacts;

    public ContextFact(int previousContacts) {
        this.previousContacts = previousContacts;
    }

    public int getPreviousContacts() {
        return previousContacts;
    }
}
