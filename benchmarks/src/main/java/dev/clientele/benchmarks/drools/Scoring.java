package dev.clientele.benchmarks.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Functions the DRL calls to combine evidence, as the built-in playbooks combine it. */
public final class Scoring {

    /** The highest confidence any finding reaches. */
    public static final double MAX = 0.97;

    private Scoring() {
    }

    /**
     * Noisy-or, 1 − Π(1 − wᵢ), where the n-th repeat of one key (in turn order) counts
     * {@code 1/2ⁿ} of its weight, capped at {@link #MAX}.
     */
    public static double noisyOr(List<?> evidence) {
        List<Evidence> ordered = new ArrayList<>(evidence.size());
        for (Object o : evidence) {
            ordered.add((Evidence) o);
        }
        ordered.sort(Comparator.comparingInt(Evidence::getTurn));
        Map<String, Integer> seen = new HashMap<>();
        double miss = 1;
        for (Evidence e : ordered) {
            int times = seen.merge(e.getKey(), 1, Integer::sum);
            double effective = e.getWeight() / (1 << Math.min(times - 1, 10));
            miss *= 1 - Math.min(effective, 1);
        }
        return Math.min(MAX, 1 - miss);
    }

    /**
     * Whether two questions ask the same thing: they share at least two content lemmas, and at
     * least half of the smaller set.
     */
    public static boolean sameQuestion(Set<String> now, Set<String> then) {
        long shared = now.stream().filter(then::contains).count();
        return shared * 2 >= Math.min(now.size(), then.size()) && shared >= 2;
    }

    /**
     * Whether hit {@code a} beats hit {@code b} of the same signal where they overlap: the higher
     * weight, then the longer, then the one that starts first, then the phrase first in order.
     */
    public static boolean better(RawHit a, RawHit b) {
        if (a.getWeight() != b.getWeight()) {
            return a.getWeight() > b.getWeight();
        }
        int lengthA = a.getLastToken() - a.getFirstToken();
        int lengthB = b.getLastToken() - b.getFirstToken();
        if (lengthA != lengthB) {
            return lengthA > lengthB;
        }
        return a.getFirstToken() < b.getFirstToken()
                || a.getFirstToken() == b.getFirstToken() && a.getPhrase().compareTo(b.getPhrase()) < 0;
    }

    /** Whether any piece of evidence can be quoted; a finding without a quote is not reported. */
    public static boolean anyQuotable(List<?> evidence) {
        for (Object o : evidence) {
            if (((Evidence) o).isQuotable()) {
                return true;
            }
        }
        return false;
    }
}
