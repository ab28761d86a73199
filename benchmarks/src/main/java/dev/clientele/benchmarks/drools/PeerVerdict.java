package dev.clientele.benchmarks.drools;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the Drools peer concluded about one interaction.
 *
 * @param confidence the rounded, capped confidence of each pattern with any evidence
 * @param quotable   the patterns whose evidence includes quotable words
 * @param escalation the level to escalate to ({@code supervisor} or {@code specialist}), if any
 * @param reasons    the reason ids behind the escalation; empty without one
 */
public record PeerVerdict(Map<String, Double> confidence, Set<String> quotable, Optional<String> escalation,
                          Set<String> reasons) {

    public PeerVerdict {
        confidence = Map.copyOf(confidence);
        quotable = Set.copyOf(quotable);
        reasons = Set.copyOf(reasons);
        if (escalation.isPresent() == reasons.isEmpty()) {
            throw new IllegalArgumentException("an escalation has reasons exactly when there is one");
        }
    }

    /** The patterns reported at {@code threshold}: confident enough and backed by quotable words. */
    public Set<String> observed(double threshold) {
        Set<String> observed = new TreeSet<>();
        confidence.forEach((pattern, c) -> {
            if (c >= threshold && quotable.contains(pattern)) {
                observed.add(pattern);
            }
        });
        return observed;
    }
}
