package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Performance by construction: the recognition and escalation playbooks look at a bounded window
 * of recent turns, so a 1,000-turn conversation costs about what a 30-turn one does.
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

    private static long nanosPerAssessment(Playbook playbook, Conversation c) {
        playbook.start(Conversation.CONTEXT);
        PlaybookRequest request = new PlaybookRequest(c.view(), Conversation.CONTEXT);
        for (int i = 0; i < 200; i++) {
            playbook.assess(request);
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                playbook.assess(request);
            }
            best = Math.min(best, (System.nanoTime() - start) / 50);
        }
        return best;
    }

    @Test
    void recognitionOfAThousandTurnsCostsAboutWhatThirtyDo() {
        Conversation small = conversation(15);
        Conversation large = conversation(500);
        long smallCost = nanosPerAssessment(new RecognitionPlaybook(), small);
        long largeCost = nanosPerAssessment(new RecognitionPlaybook(), large);
        // The window is constant; what grows is only skipping the older turns, so allow generous noise.
        assertThat(largeCost).isLessThan(smallCost * 4 + 2_000_000);
    }

    @Test
    void theResultOfALongConversationTalksOnlyAboutRecentTurns() {
        PlaybookResult r = conversation(500).assessedBy(new RecognitionPlaybook());
        assertThat(r.intensities()).hasSizeLessThanOrEqualTo(30);
        List<Integer> turns = r.intensities().stream().map(i -> i.turn()).toList();
        assertThat(turns).allMatch(t -> t >= 1000 - 30);
    }
}
