package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.PlaybookResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Performance by construction: the recognition playbook looks at a bounded window of recent turns,
 * so a 1,000-turn conversation costs about what a 30-turn one does. The cost itself is measured in
 * {@code benchmarks/} (IncrementalBenchmark), never asserted here; this checks the window.
 */
class CostTests {

    private static Conversation conversation(int exchanges) {
        Conversation c = Conversation.english();
        for (int i = 0; i < exchanges; i++) {
            c.customer("Still waiting on the refund, how long does it take? You people are useless.")
                    .agent("I'll get back to you within 30 minutes with an update.");
        }
        return c;
    }

    @Test
    void theResultOfALongConversationTalksOnlyAboutRecentTurns() {
        PlaybookResult r = conversation(500).assessedBy(new RecognitionPlaybook());
        assertThat(r.intensities()).hasSizeLessThanOrEqualTo(30);
        List<Integer> turns = r.intensities().stream().map(i -> i.turn()).toList();
        assertThat(turns).allMatch(t -> t >= 1000 - 30);
    }
}
