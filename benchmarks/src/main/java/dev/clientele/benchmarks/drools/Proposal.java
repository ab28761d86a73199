package dev.clientele.benchmarks.drools;

import java.util.Objects;

/**
 * A rule-engine fact: an escalation rule's proposal, by level and reason id. Equal proposals are
 * one fact in the session's equality mode.
 */
public final class Proposal {

    private final String level;
    private final String reason;

    public Proposal(String level, String reason) {
        this.level = level;
        this.reason = reason;
    }

    public String getLevel() {
        return level;
    }

    public String getReason() {
        return reason;
    }

    public boolean isHierarchical() {
        return !"specialist".equals(level);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proposal p && p.level.equals(level) && p.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, reason);
    }
}
