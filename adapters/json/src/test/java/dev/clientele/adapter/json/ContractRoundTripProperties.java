package dev.clientele.adapter.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class ContractRoundTripProperties {

    @Test
    void readingWhatWasWrittenGivesBackTheSameInteraction() {
        qt().withExamples(500).forAll(ContractGenerators.interactions())
                .checkAssert(x -> assertThat(InteractionJson.read(InteractionJson.write(x))).isEqualTo(x));
    }

    @Test
    void generatedInteractionsAreValidSoThatTheOtherPropertiesTestWhatTheySay() {
        qt().withExamples(300).forAll(ContractGenerators.interactions())
                .checkAssert(x -> assertThat(InteractionJson.readValid(InteractionJson.write(x))).isEqualTo(x));
    }

    @Test
    void readingWhatWasWrittenGivesBackTheSameAssessment() {
        qt().withExamples(500).forAll(ContractGenerators.assessments())
                .checkAssert(x -> assertThat(AssessmentJson.read(AssessmentJson.write(x))).isEqualTo(x));
    }

    @Test
    void everyWrittenDocumentFitsOnOneJsonLine() {
        qt().withExamples(200).forAll(ContractGenerators.interactions(), ContractGenerators.assessments())
                .checkAssert((i, a) -> {
                    assertThat(InteractionJson.write(i)).doesNotContain("\n", "\r");
                    assertThat(AssessmentJson.write(a)).doesNotContain("\n", "\r");
                });
    }
}
