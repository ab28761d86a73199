package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.testkit.fixtures.Misbehaving;
import dev.clientele.playbooks.testkit.fixtures.WaitingPlaybook;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract is only worth something if it fails: each misbehaving playbook fails exactly its requirement. */
class PlaybookContractSelfTests {

    private static PlaybookContract contractFor(Supplier<Playbook> playbook) {
        return new PlaybookContract() {
            @Override
            public Playbook playbook() {
                return playbook.get();
            }

            @Override
            public List<InteractionInput> examples() {
                return List.of(
                        InteractionBuilder.chat("pl-1").language("pl").customer("Czekam już trzecią godzinę na technika").build(),
                        InteractionBuilder.chat("en-1").language("en").customer("I have been waiting for three hours").build());
            }
        };
    }

    @Test
    void aPlaybookThatThrowsOnSomeInteractionsFailsMustThree() {
        assertThatThrownBy(() -> contractFor(Misbehaving.ThrowsOnLongerInteractions::new).neverThrowsOnAnyValidInteraction())
                .isInstanceOf(AssertionError.class).hasStackTraceContaining("only looked at three turns");
    }

    @Test
    void aPlaybookThatForgetsWhatItSaidFailsMustFour() {
        assertThatThrownBy(() -> contractFor(Misbehaving.Forgetful::new).givesTheSameResultForTheSameInteraction())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aPlaybookReportingUndeclaredPatternsFailsMustFive() {
        assertThatThrownBy(() -> contractFor(Misbehaving.ReportsUndeclared::new).reportsOnlyDeclaredPatterns())
                .isInstanceOf(AssertionError.class).hasMessageContaining("aggressive");
    }

    @Test
    void aPlaybookAdvisingInEnglishOnPolishInteractionsFailsMustSix() {
        assertThatThrownBy(() -> contractFor(Misbehaving.EnglishOnly::new).advisesInEveryDeclaredLanguage())
                .isInstanceOf(AssertionError.class).hasMessageContaining("language of the advice");
    }

    @Test
    void aPlaybookWithoutExamplesInADeclaredLanguageFailsMustSixWithAnExplanation() {
        PlaybookContract noExamples = WaitingPlaybook::new;
        assertThatThrownBy(noExamples::advisesInEveryDeclaredLanguage)
                .isInstanceOf(AssertionError.class).hasMessageContaining("examples() has no interaction with language");
    }

    @Test
    void aSlowPlaybookFailsTheBudgetRequirements() {
        assertThatThrownBy(() -> contractFor(Misbehaving.Slow::new).staysWithinBudgetOnATenThousandCharacterTurn())
                .isInstanceOf(AssertionError.class).hasMessageContaining("fastest of five calls");
    }

    @Test
    void aPlaybookBuiltAgainstAnotherMajorVersionFailsMustOne() {
        assertThatThrownBy(() -> contractFor(Misbehaving.WrongMajorVersion::new).loadsIntoTheEngineWithoutAnyDiagnostic())
                .isInstanceOf(AssertionError.class).hasMessageContaining("incompatible-api-version");
    }

    @Test
    void aPlaybookWhoseDescriptorChangesFailsMustTwo() {
        assertThatThrownBy(() -> contractFor(Misbehaving.Shifty::new).describesItselfTheSameWayEveryTime())
                .isInstanceOf(AssertionError.class);
    }
}
