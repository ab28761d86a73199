package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small readers over a playbook's result, so that assertions say what they mean. */
final class Results {

    static final double REPORTED = 0.5;

    private Results() {
    }

    /** Patterns at or above the host's default reporting threshold, with their confidence. */
    static Map<String, Double> reported(PlaybookResult result) {
        Map<String, Double> seen = new TreeMap<>();
        for (Observation o : result.observations()) {
            if (o.confidence() >= REPORTED) {
                seen.put(o.pattern(), o.confidence());
            }
        }
        return seen;
    }

    static double confidence(PlaybookResult result, String pattern) {
        return result.observations().stream().filter(o -> o.pattern().equals(pattern))
                .mapToDouble(Observation::confidence).max().orElse(0);
    }

    static List<String> tactics(PlaybookResult result) {
        return result.recommendations().stream().map(Recommendation::tactic).toList();
    }

    static Recommendation tactic(PlaybookResult result, String tactic) {
        return result.recommendations().stream().filter(r -> r.tactic().equals(tactic)).findFirst()
                .orElseThrow(() -> new AssertionError("no tactic " + tactic + " in " + tactics(result)));
    }
}
