package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookRequest;
import fixture.broken.NeverReturns;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IsolationTests {

    private static final AnalysisCache ANALYSIS = new AnalysisCache(new WordAnalyser(), 100, 10_000);

    private static ActivePlaybook active(Playbook p) {
        return new ActivePlaybook(new PlaybookCatalog.Entry(p, p.descriptor(), "given instance"),
                HostContext.forPlaybook(p.descriptor().id(), Map.of(), ANALYSIS));
    }

    @Test
    void aThreadLostToAnAbandonedCallIsReplacedSoTheOthersKeepTheirParallelism() {
        ActivePlaybook stuck = active(new NeverReturns());
        ActivePlaybook good = active(KeywordPlaybook.of("fixture.good", "waiting", PatternIds.IMPATIENT, 0.8));
        InteractionView view = InteractionViews.of(Inputs.chat().customer("still waiting").build(), "en",
                Inputs.START, ANALYSIS);
        try (Isolation isolation = new Isolation(Duration.ofMillis(100), 1)) {
            List<Isolation.Answer> first = isolation.runAll(List.of(stuck), p -> new PlaybookRequest(view, p.context()));
            assertThat(first.get(0).problems()).singleElement()
                    .satisfies(d -> assertThat(d.problem()).contains("#playbook-timeout"));
            assertThat(isolation.threads()).isEqualTo(2);

            List<Isolation.Answer> next = isolation.runAll(List.of(good), p -> new PlaybookRequest(view, p.context()));
            assertThat(next.get(0).result().observations()).hasSize(1);
        }
    }

    @Test
    void timeSpentQueuedBehindAnotherPlaybookIsNotChargedToIt() {
        Playbook slowButInBudget = KeywordPlaybook.of("fixture.slow", "waiting", PatternIds.IMPATIENT, 0.8).with(req -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dev.clientele.playbooks.api.PlaybookResult.EMPTY;
        });
        Playbook other = KeywordPlaybook.of("fixture.other", "waiting", PatternIds.IMPATIENT, 0.8).with(req -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dev.clientele.playbooks.api.PlaybookResult.EMPTY;
        });
        InteractionView view = InteractionViews.of(Inputs.chat().customer("still waiting").build(), "en",
                Inputs.START, ANALYSIS);
        // One thread: the second call waits 150 ms for the first, then takes 150 ms of its own 250 ms budget.
        try (Isolation isolation = new Isolation(Duration.ofMillis(250), 1)) {
            List<Isolation.Answer> answers = isolation.runAll(List.of(active(slowButInBudget), active(other)),
                    p -> new PlaybookRequest(view, p.context()));
            assertThat(answers).allSatisfy(a -> assertThat(a.problems()).isEmpty());
        }
    }
}
