package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.testkit.fixtures.WaitingPlaybook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaybookHarnessTests {

    @Test
    void findsAPlaybookByIdAsTheEngineWouldAndRunsItThroughTheEngine() {
        try (PlaybookHarness h = PlaybookHarness.byId("testkit.waiting")) {
            h.assess(InteractionBuilder.chat("c").language("pl").customer("Ile jeszcze mam czekać?"))
                    .observes(PatternIds.IMPATIENT, 0.7)
                    .recommends("testkit.time-frame")
                    .advises("testkit.time-frame", "termin")
                    .recommendsKind(Recommendation.Kind.SAY)
                    .doesNotEscalate()
                    .hasNoDiagnostics();
        }
    }

    @Test
    void anUnknownIdFailsWithTheIdsThatAreRegistered() {
        assertThatThrownBy(() -> PlaybookHarness.byId("acme.nothing")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("acme.nothing").hasMessageContaining("testkit.waiting");
    }

    @Test
    void assertionsFailWhenThePlaybookSaysSomethingElse() {
        try (PlaybookHarness h = PlaybookHarness.of(new WaitingPlaybook())) {
            var outcome = h.assess(InteractionBuilder.chat("c").language("en").customer("Good morning, a quick question"));
            outcome.observesNothing().doesNotRecommend("testkit.time-frame").trend(Intensity.Trend.STEADY);
            assertThatThrownBy(() -> outcome.observes(PatternIds.IMPATIENT)).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aDirectCallSeesTheEnginesViewWithOnlyTheTurnsUpToAsOf() {
        try (PlaybookHarness h = PlaybookHarness.of(new WaitingPlaybook())) {
            InteractionBuilder b = InteractionBuilder.chat("c").language("en").customer("Hello").agent("Hi, how can I help?");
            var asOf = b.nextTurnAt().minusSeconds(1);
            var input = b.customer("Still waiting for the refund").asOf(asOf).build();

            assertThat(h.view(input).turns()).hasSize(2);
            assertThat(h.call(input).observations()).isEmpty();
        }
    }
}
