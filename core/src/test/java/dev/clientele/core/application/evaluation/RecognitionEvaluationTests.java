package dev.clientele.core.application.evaluation;

import dev.clientele.core.application.port.in.AssessInteraction;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Observation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecognitionEvaluationTests {

    /** Reports "impatient" when the last turn mentions waiting, and escalates when it mentions a manager. */
    private static final class WordSpottingEngine implements AssessInteraction {
        final List<InteractionInput> seen = new ArrayList<>();

        @Override
        public Assessment assess(InteractionInput input) {
            seen.add(input);
            String text = input.turns().get(input.turns().size() - 1).text();
            List<Observation> observed = text.contains("waiting")
                    ? List.of(Observation.of("impatient", 0.8, input.turns().size() - 1, "waiting"))
                    : List.of();
            EscalationAdvice escalation = text.contains("manager")
                    ? EscalationAdvice.to(someLevel(), List.of(someReason()))
                    : EscalationAdvice.NONE;
            return new Assessment(input.id(), input.language() == null ? "en" : input.language(),
                    input.turns().get(0).at(), observed, Intensity.CALM, List.of(), escalation, List.of(),
                    new ServiceLevels(Optional.empty(), List.of()), List.of());
        }
    }

    private static EscalationLevel someLevel() {
        return EscalationLevel.values()[0];
    }

    private static EscalationReason someReason() {
        return EscalationReason.values()[0];
    }

    @Test
    void assessesEveryMessageAndScoresWhatTheEngineReported() {
        WordSpottingEngine engine = new WordSpottingEngine();
        RecognitionReport report = new RecognitionEvaluation().evaluate(List.of(
                new LabelledMessage("a", "en", "still waiting, get me a manager", List.of("impatient"), true, null),
                new LabelledMessage("b", "en", "waiting is fine", List.of(), false, null),
                new LabelledMessage("c", "pl", "dziękuję", List.of(), false, null)), engine);

        assertThat(engine.seen).hasSize(3);
        assertThat(report.messages()).isEqualTo(3);
        PatternScore impatient = report.pattern("impatient").orElseThrow();
        assertThat(impatient.truePositives()).isEqualTo(1);
        assertThat(impatient.falsePositives()).isEqualTo(1);
        assertThat(report.falseAlarms()).isEqualTo(1);
        assertThat(report.escalationCorrect()).isEqualTo(3);
    }

    @Test
    void aMessageBecomesACustomerTurnOnTheSocialChannelInItsLanguage() {
        InteractionInput input = RecognitionEvaluation.interaction(
                new LabelledMessage("pl:7", "pl", "Gdzie jest moja paczka?", List.of("impatient"), false, null));
        assertThat(input.id()).isEqualTo("pl:7");
        assertThat(input.channel()).isEqualTo("social");
        assertThat(input.language()).isEqualTo("pl");
        assertThat(input.turns()).extracting(TurnInput::from, TurnInput::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer", "Gdzie jest moja paczka?"));
    }

    @Test
    void theBrandsMessageBeingAnsweredBecomesAnEarlierAgentTurn() {
        InteractionInput input = RecognitionEvaluation.interaction(new LabelledMessage("t:1", null,
                "ok fine", List.of("yes-sayer"), false, "Your refund will take 30 days."));
        assertThat(input.language()).isNull();
        assertThat(input.turns()).extracting(TurnInput::from).containsExactly("agent", "customer");
        assertThat(input.turns().get(0).at()).isBefore(input.turns().get(1).at());
        assertThat(input.turns().get(0).text()).isEqualTo("Your refund will take 30 days.");
    }

    @Test
    void aMessageTheEngineRejectsIsNamedInTheError() {
        AssessInteraction rejecting = input -> {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("/turns/0/text", "must not be blank")));
        };
        assertThatThrownBy(() -> new RecognitionEvaluation().evaluate(
                List.of(new LabelledMessage("bad:1", "en", "x", List.of(), false, null)), rejecting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad:1");
    }
}
