package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.testkit.fixtures.WaitingPlaybook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class InteractionsTests {

    @Test
    void everyGeneratedInteractionPassesTheEnginesValidation() {
        try (PlaybookHarness h = PlaybookHarness.of(new WaitingPlaybook())) {
            // view() validates the input first and throws InvalidInputException with pointers otherwise.
            qt().withExamples(300).forAll(Interactions.any()).checkAssert(input ->
                    assertThat(h.view(input).turns()).isNotEmpty());
        }
    }

    @Test
    void generatorsKeepTheirLanguage() {
        qt().withExamples(50).forAll(Interactions.polish()).checkAssert(i -> assertThat(i.language()).isEqualTo("pl"));
        qt().withExamples(50).forAll(Interactions.english()).checkAssert(i -> assertThat(i.language()).isEqualTo("en"));
    }

    @Test
    void theStressInteractionsHaveTheAdvertisedSizeAndAreValid() {
        InteractionInput longTurn = Interactions.longTurn("pl", 10_000);
        assertThat(longTurn.turns().get(0).text()).hasSizeBetween(9_990, 10_000);
        InteractionInput many = Interactions.manyTurns("en", 1_000);
        assertThat(many.turns()).hasSize(1_000);
        try (PlaybookHarness h = PlaybookHarness.of(new WaitingPlaybook())) {
            assertThat(h.view(longTurn).turns()).hasSize(2);
            assertThat(h.view(many).turns()).hasSize(1_000);
        }
    }
}
