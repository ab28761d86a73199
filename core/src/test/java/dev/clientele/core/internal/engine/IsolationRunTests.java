package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookRequest;
import fixture.broken.NeverReturns;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The playbooks of one assessment share a pool thread; what one does must not change what the others get. */
class IsolationRunTests {

    private static final AnalysisCache ANALYSIS = new AnalysisCache(new WordAnalyser(), 100, 10_000);
    private static final InteractionView VIEW = InteractionViews.of(Inputs.chat().customer("still waiting").build(), "en",
            Inputs.START, ANALYSIS);

    private static ActivePlaybook active(Playbook p) {
        return new ActivePlaybook(new PlaybookCatalog.Entry(p, p.descriptor(), "given instance"),
                HostContext.forPlaybook(p.descriptor().id(), Map.of(), ANALYSIS));
    }

    private static List<Isolation.Answer> run(Isolation isolation, Playbook... playbooks) {
        return isolation.runAll(List.of(playbooks).stream().map(IsolationRunTests::active).toList(),
                p -> new PlaybookRequest(VIEW, p.context()));
    }

    private static void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        // Deaf to interruption on purpose: the playbook a host cannot stop.
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                // ignored, see above
            }
        }
    }

    @Test
    void thePlaybooksAfterOneThatNeverReturnsStillAnswerInTheirOrder() {
        try (Isolation isolation = new Isolation(Duration.ofMillis(100), 1)) {
            List<Isolation.Answer> answers = run(isolation,
                    KeywordPlaybook.of("fixture.first", "waiting", PatternIds.IMPATIENT, 0.8),
                    new NeverReturns(),
                    KeywordPlaybook.of("fixture.third", "waiting", PatternIds.IMPATIENT, 0.7));

            assertThat(answers).extracting(a -> a.playbook().id())
                    .containsExactly("fixture.first", new NeverReturns().descriptor().id(), "fixture.third");
            assertThat(answers.get(0).result().observations()).hasSize(1);
            assertThat(answers.get(1).problems()).singleElement()
                    .satisfies(d -> assertThat(d.problem()).contains("#playbook-timeout"));
            assertThat(answers.get(2).result().observations()).hasSize(1);
        }
    }

    @Test
    void aPlaybookAfterOneThatOverranIsCalledOnceEvenWhenTheAbandonedThreadComesBack() {
        AtomicInteger calls = new AtomicInteger();
        Playbook deaf = KeywordPlaybook.of("fixture.deaf", "waiting", PatternIds.IMPATIENT, 0.8).with(req -> {
            sleep(300);
            return PlaybookResult.EMPTY;
        });
        Playbook counted = KeywordPlaybook.of("fixture.counted", "waiting", PatternIds.IMPATIENT, 0.8).with(req -> {
            calls.incrementAndGet();
            return PlaybookResult.EMPTY;
        });
        try (Isolation isolation = new Isolation(Duration.ofMillis(100), 2)) {
            List<Isolation.Answer> answers = run(isolation, deaf, counted);
            sleep(450);

            assertThat(answers.get(0).problems()).singleElement()
                    .satisfies(d -> assertThat(d.problem()).contains("#playbook-timeout"));
            assertThat(answers.get(1).problems()).isEmpty();
            assertThat(calls).hasValue(1);
        }
    }

    @Test
    void eachPlaybookOfARunHasItsOwnBudgetCountedFromItsOwnStart() {
        Playbook slow = KeywordPlaybook.of("fixture.slow", "waiting", PatternIds.IMPATIENT, 0.8).with(req -> {
            sleep(150);
            return PlaybookResult.EMPTY;
        });
        Playbook alsoSlow = KeywordPlaybook.of("fixture.also-slow", "waiting", PatternIds.IMPATIENT, 0.8).with(req -> {
            sleep(150);
            return PlaybookResult.EMPTY;
        });
        // Together they take longer than one budget; each alone stays within it by a margin wide
        // enough for a loaded build machine.
        try (Isolation isolation = new Isolation(Duration.ofMillis(250), 1)) {
            assertThat(run(isolation, slow, alsoSlow)).allSatisfy(a -> assertThat(a.problems()).isEmpty());
        }
    }
}
