package dev.clientele.benchmarks.drools;

import java.util.Set;
import java.util.TreeSet;

/**
 * A rule-engine fact: the escalation concluded from the proposals, one level at a time.
 */
public final class Escalation {

    private final String level;
    private final Set<String> reasons;

    public Escalation(String level, java.util.List<?> proposals) {
        this.level = level;
        Set<String> ids = new TreeSet<>();
        for (Object p : proposals) {
            ids.add(((Proposal) p).getReason());
        }
        this.reasons = Set.copyOf(ids);
    }

    public String getLevel() {
        return level;
    }

    public Set<String> getReasons() {
        return reasons;
    }
}
