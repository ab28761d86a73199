package dev.clientele.benchmarks.drools;

/**
 * A rule-engine fact: the combined confidence of one pattern, which the pair rules may cap.
 */
public final class PatternScore {

    private final String pattern;
    private final double raw;
    private final boolean quotable;
    private double cap;

    public PatternScore(String pattern, double raw, boolean quotable) {
        this.pattern = pattern;
        this.raw = raw;
        this.quotable = quotable;
        this.cap = Scoring.MAX;
    }

    public String getPattern() {
        return pattern;
    }

    /** The noisy-or of the evidence before any cap. */
    public double getRaw() {
        return raw;
    }

    public boolean isQuotable() {
        return quotable;
    }

    public double getCap() {
        return cap;
    }

    public void setCap(double cap) {
        this.cap = cap;
    }

    /** The confidence reported: the capped raw score, rounded to three decimals as the playbooks round it. */
    public double getConfidence() {
        return Math.round(Math.min(cap, raw) * 1000) / 1000.0;
    }

    @Override
    public String toString() {
        return "PatternScore[" + pattern + " " + getConfidence() + "]";
    }
}
