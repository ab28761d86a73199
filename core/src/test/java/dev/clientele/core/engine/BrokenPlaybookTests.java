package dev.clientele.core.engine;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.spi.Playbook;
import fixture.broken.NeverReturns;
import fixture.broken.Oversized;
import fixture.broken.ReturnsNull;
import fixture.broken.ThrowsAbstractMethodError;
import fixture.broken.ThrowsNoClassDefFoundError;
import fixture.broken.ThrowsRuntimeException;
import fixture.broken.UndeclaredPattern;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BrokenPlaybookTests {

    private static final KeywordPlaybook GOOD = KeywordPlaybook.of("fixture.good", "waiting", PatternIds.IMPATIENT, 0.8);

    private static Clientele engineWith(Playbook broken) {
        return Clientele.builder().playbooks(GOOD, broken).textAnalyser(new WordAnalyser())
                .timeBudget(Duration.ofMillis(50)).build();
    }

    private static Assessment assessOnce(Playbook broken) {
        try (Clientele clientele = engineWith(broken)) {
            return clientele.assess(Inputs.chat().customer("I am still waiting for my refund").build());
        }
    }

    private static void assertSurvivedWith(Assessment a, String playbook, String anchor) {
        assertThat(a.observed()).extracting(o -> o.pattern()).containsExactly(PatternIds.IMPATIENT);
        assertThat(a.diagnostics()).extracting(Diagnostic::playbook).contains(playbook);
        assertThat(a.diagnostics()).filteredOn(d -> d.playbook().equals(playbook))
                .first().extracting(Diagnostic::problem).asString().endsWith("(see docs/errors.md#" + anchor + ")");
    }

    @Test
    void aPlaybookThatNeverReturnsIsAbandonedAfterTheBudgetAndTheOthersStillCount() {
        long start = System.nanoTime();
        Assessment a = assessOnce(new NeverReturns());
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertSurvivedWith(a, "fixture.never-returns", "playbook-timeout");
        assertThat(a.diagnostics()).anySatisfy(d -> assertThat(d.problem()).startsWith("timed out after 50 ms; skipped"));
        assertThat(elapsedMillis).as("the assessment does not wait for the stuck playbook").isLessThan(2_000);
    }

    @Test
    void aPlaybookReturningNullIsReportedAndIgnored() {
        assertSurvivedWith(assessOnce(new ReturnsNull()), "fixture.returns-null", "playbook-null");
    }

    @Test
    void anExceptionBecomesADiagnostic() {
        Assessment a = assessOnce(new ThrowsRuntimeException());
        assertSurvivedWith(a, "fixture.throws", "playbook-failed");
        assertThat(a.diagnostics().get(0).problem()).contains("IllegalStateException: status service unreachable");
    }

    @Test
    void anAbstractMethodErrorIsReportedAsAPluginBuiltAgainstAnotherApi() {
        Assessment a = assessOnce(new ThrowsAbstractMethodError());
        assertSurvivedWith(a, "fixture.abstract-method", "playbook-incompatible");
        assertThat(a.diagnostics().get(0).problem()).contains("AbstractMethodError", "another playbook API");
    }

    @Test
    void aNoClassDefFoundErrorIsReportedAsAPluginBuiltAgainstAnotherApi() {
        assertSurvivedWith(assessOnce(new ThrowsNoClassDefFoundError()), "fixture.no-class-def", "playbook-incompatible");
    }

    @Test
    void anOversizedAnswerIsRefusedWhole() {
        Assessment a = assessOnce(new Oversized());
        assertSurvivedWith(a, "fixture.oversized", "oversized-result");
        assertThat(a.observed().get(0).evidence()).extracting(e -> e.quote()).containsExactly("waiting");
    }

    @Test
    void undeclaredPatternsAreDroppedButTheDeclaredOnesStillCount() {
        Assessment a = assessOnce(new UndeclaredPattern());
        assertThat(a.observed()).extracting(o -> o.pattern()).containsExactly(PatternIds.IMPATIENT);
        assertThat(a.observed().get(0).evidence()).extracting(e -> e.quote()).contains("waiting", "waiting");
        assertThat(a.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.playbook()).isEqualTo("fixture.undeclared");
            assertThat(d.problem()).contains("aggressive").endsWith("(see docs/errors.md#undeclared-pattern)");
        });
    }

    @Test
    void aPlaybookFailingThreeTimesInARowIsSwitchedOffForTheRestOfTheEnginesLife() {
        ThrowsRuntimeException failing = new ThrowsRuntimeException();
        try (Clientele clientele = engineWith(failing)) {
            var input = Inputs.chat().customer("still waiting").build();
            List<Assessment> runs = List.of(clientele.assess(input), clientele.assess(input), clientele.assess(input),
                    clientele.assess(input));

            assertThat(runs.get(1).diagnostics()).noneMatch(d -> d.problem().contains("switched off"));
            assertThat(runs.get(2).diagnostics()).anyMatch(d -> d.problem().startsWith("failed 3 times in a row; switched off"));
            assertThat(runs.get(3).diagnostics()).singleElement().satisfies(d ->
                    assertThat(d.problem()).startsWith("switched off after 3 failures in a row; skipped")
                            .endsWith("#playbook-switched-off)"));
            assertThat(runs).allSatisfy(a -> assertThat(a.observed()).hasSize(1));
        }
    }

    @Test
    void aSuccessfulCallResetsTheCountOfFailuresInARow() {
        int[] calls = {0};
        Playbook flaky = KeywordPlaybook.of("fixture.flaky", "waiting", PatternIds.IMPATIENT, 0.6).with(req -> {
            if (++calls[0] % 3 != 0) {
                throw new IllegalStateException("flaky");
            }
            return dev.clientele.playbooks.api.PlaybookResult.EMPTY;
        });
        try (Clientele clientele = Clientele.builder().playbooks(flaky).textAnalyser(new WordAnalyser()).build()) {
            var input = Inputs.chat().customer("still waiting").build();
            for (int i = 0; i < 9; i++) {
                clientele.assess(input);
            }
            assertThat(clientele.assess(input).diagnostics()).noneMatch(d -> d.problem().contains("switched off"));
        }
    }
}
