package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence for one pattern combined by noisy-or: confidence = 1 − Π(1 − wᵢ). The same cue seen
 * again counts half as much each time, so repetition strengthens a finding without running away
 * with it. Confidence never exceeds {@link #MAX}: cues are words, not certainty. Not thread-safe.
 */
final class Score {

    /** The highest confidence any finding reaches. */
    static final double MAX = 0.97;
    static final int MAX_EVIDENCE = 4;

    private final String pattern;
    private double miss = 1.0;
    private double cap = MAX;
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<Added> added = new ArrayList<>();
    private double replaced = Double.NaN;

    /** One call of {@link #add}, kept so that a turn's evidence can be added to the whole conversation's. */
    private record Added(String key, double weight, int turn, String quote) {
    }

    Score(String pattern) {
        this.pattern = pattern;
    }

    String pattern() {
        return pattern;
    }

    /**
     * Adds a piece of evidence.
     *
     * @param key    what kind of evidence this is; repeats of one key decay
     * @param weight the evidence's strength in (0, 1]
     * @param turn   the turn it comes from
     * @param quote  the exact words, or null when the evidence is not a quotable phrase
     */
    void add(String key, double weight, int turn, String quote) {
        added.add(new Added(key, weight, turn, quote));
        int times = seen.merge(key, 1, Integer::sum);
        double effective = weight / (1 << Math.min(times - 1, 10));
        miss *= 1 - Math.min(effective, 1);
        if (quote != null && !quote.isBlank() && evidence.size() < MAX_EVIDENCE) {
            Evidence e = new Evidence(turn, quote);
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
    }

    /** Adds every piece of evidence of {@code other}, in the order it was added there. */
    void addAll(Score other) {
        for (Added a : other.added) {
            add(a.key(), a.weight(), a.turn(), a.quote());
        }
    }

    /** Lowers the highest confidence this finding may reach, used to settle the close pairs. */
    void capAt(double max) {
        cap = Math.min(cap, max);
    }

    /** Sets the confidence and evidence outright, as a model's probability does; the cap still applies. */
    void replace(double confidence, List<Evidence> evidence) {
        replaced = confidence;
        this.evidence.clear();
        this.evidence.addAll(evidence.subList(0, Math.min(evidence.size(), MAX_EVIDENCE)));
    }

    double confidence() {
        return Math.min(cap, Double.isNaN(replaced) ? 1 - miss : replaced);
    }

    List<Evidence> evidence() {
        return List.copyOf(evidence);
    }
}
