package dev.clientele.core.application.evaluation;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecognitionReportTests {

    private static final Offset<Double> EXACT = Offset.offset(1e-9);

    private static Outcome outcome(String id, List<String> expected, boolean wants, Set<String> reported, boolean escalated) {
        return new Outcome(new LabelledMessage(id, "en", "text of " + id, expected, wants, null), reported, escalated);
    }

    /*
     * Six messages, worked by hand:
     *   m1 expects impatient, aggressive; reports impatient          -> impatient TP, aggressive FN
     *   m2 expects impatient;             reports impatient, nervous -> impatient TP, nervous FP
     *   m3 expects aggressive;            reports nothing            -> aggressive FN
     *   m4 expects nothing;               reports impatient          -> impatient FP, a false alarm
     *   m5 expects nothing;               reports nothing
     *   m6 expects aggressive;            reports aggressive         -> aggressive TP
     * impatient:  TP 2, FP 1, FN 0 -> P 2/3, R 1,   F1 0.8, support 2
     * aggressive: TP 1, FP 0, FN 2 -> P 1,   R 1/3, F1 0.5, support 3
     * nervous:    TP 0, FP 1, FN 0 -> P 0,   R 0,   F1 0,   support 0 (left out of the macro mean)
     * micro: TP 3, FP 2, FN 2 -> P 0.6, R 0.6, F1 0.6
     * macro over impatient and aggressive: P (2/3 + 1)/2 = 5/6, R (1 + 1/3)/2 = 2/3, F1 (0.8 + 0.5)/2 = 0.65
     * false alarms: 1 of the 2 messages without a pattern
     * escalation: m1 wants and gets it, m3 wants but does not, m5 gets one unwanted -> 4 of 6 correct
     */
    private final RecognitionReport report = RecognitionReport.of(List.of(
            outcome("m1", List.of("impatient", "aggressive"), true, Set.of("impatient"), true),
            outcome("m2", List.of("impatient"), false, Set.of("impatient", "nervous"), false),
            outcome("m3", List.of("aggressive"), true, Set.of(), false),
            outcome("m4", List.of(), false, Set.of("impatient"), false),
            outcome("m5", List.of(), false, Set.of(), true),
            outcome("m6", List.of("aggressive"), false, Set.of("aggressive"), false)));

    @Test
    void scoresEachPatternFromItsOwnCounts() {
        PatternScore impatient = report.pattern("impatient").orElseThrow();
        assertThat(impatient.support()).isEqualTo(2);
        assertThat(impatient.precision()).isCloseTo(2.0 / 3, EXACT);
        assertThat(impatient.recall()).isCloseTo(1.0, EXACT);
        assertThat(impatient.f1()).isCloseTo(0.8, EXACT);

        PatternScore aggressive = report.pattern("aggressive").orElseThrow();
        assertThat(aggressive.support()).isEqualTo(3);
        assertThat(aggressive.precision()).isCloseTo(1.0, EXACT);
        assertThat(aggressive.recall()).isCloseTo(1.0 / 3, EXACT);
        assertThat(aggressive.f1()).isCloseTo(0.5, EXACT);
    }

    @Test
    void aPatternReportedButNeverExpectedHasZeroPrecisionAndNoSupport() {
        PatternScore nervous = report.pattern("nervous").orElseThrow();
        assertThat(nervous.support()).isZero();
        assertThat(nervous.falsePositives()).isEqualTo(1);
        assertThat(nervous.precision()).isZero();
        assertThat(nervous.f1()).isZero();
    }

    @Test
    void microAveragesPoolTheCountsOfAllPatterns() {
        assertThat(report.micro().precision()).isCloseTo(0.6, EXACT);
        assertThat(report.micro().recall()).isCloseTo(0.6, EXACT);
        assertThat(report.micro().f1()).isCloseTo(0.6, EXACT);
    }

    @Test
    void macroAveragesCountOnlyPatternsThatWereExpected() {
        assertThat(report.macro().precision()).isCloseTo(5.0 / 6, EXACT);
        assertThat(report.macro().recall()).isCloseTo(2.0 / 3, EXACT);
        assertThat(report.macro().f1()).isCloseTo(0.65, EXACT);
    }

    @Test
    void falseAlarmRateIsTheShareOfPatternFreeMessagesWithAnyReport() {
        assertThat(report.messagesWithoutPattern()).isEqualTo(2);
        assertThat(report.falseAlarms()).isEqualTo(1);
        assertThat(report.falseAlarmRate()).isCloseTo(0.5, EXACT);
    }

    @Test
    void escalationAccuracyCountsAgreementBothWays() {
        assertThat(report.escalationCorrect()).isEqualTo(4);
        assertThat(report.escalationMissed()).isEqualTo(1);
        assertThat(report.escalationUnwanted()).isEqualTo(1);
        assertThat(report.escalationAccuracy()).isCloseTo(4.0 / 6, EXACT);
    }

    @Test
    void listsTheTwelveBuiltInPatternsFirstThenOthersById() {
        RecognitionReport withVendor = RecognitionReport.of(List.of(
                outcome("v1", List.of("acme.outage"), false, Set.of("acme.billing"), false)));
        assertThat(withVendor.patterns()).hasSize(14);
        assertThat(withVendor.patterns().get(0).pattern()).isEqualTo("impatient");
        assertThat(withVendor.patterns().subList(12, 14)).extracting(PatternScore::pattern)
                .containsExactly("acme.billing", "acme.outage");
    }

    @Test
    void anEmptySetScoresZerosRatherThanFailing() {
        RecognitionReport empty = RecognitionReport.of(List.of());
        assertThat(empty.micro()).isEqualTo(Averages.NONE);
        assertThat(empty.macro()).isEqualTo(Averages.NONE);
        assertThat(empty.falseAlarmRate()).isZero();
        assertThat(empty.escalationAccuracy()).isZero();
    }

    @Test
    void textRenderingShowsEveryPatternTheAveragesAndTheRates() {
        String text = report.toText();
        assertThat(text).contains("Recognition over 6 labelled messages");
        assertThat(text).containsPattern("impatient\\s+0\\.667\\s+1\\.000\\s+0\\.800\\s+2\\s+3");
        assertThat(text).containsPattern("aggressive\\s+1\\.000\\s+0\\.333\\s+0\\.500\\s+3\\s+1");
        assertThat(text).containsPattern("micro\\s+0\\.600\\s+0\\.600\\s+0\\.600");
        assertThat(text).containsPattern("macro \\(support>0\\)\\s+0\\.833\\s+0\\.667\\s+0\\.650");
        assertThat(text).contains("false alarms: 1 of 2 messages with no pattern (50.0%)");
        assertThat(text).contains("escalation accuracy: 0.667 (4 of 6; 1 missed, 1 unwanted)");
    }

    @Test
    void refusesInconsistentCounts() {
        assertThatThrownBy(() -> new RecognitionReport(2, List.of(), Averages.NONE, Averages.NONE, 1, 2, 2, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecognitionReport(2, List.of(), Averages.NONE, Averages.NONE, 1, 0, 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelledMessagesRefuseRepeatedPatternsAndUnknownLanguages() {
        assertThatThrownBy(() -> new LabelledMessage("x", "en", "t", List.of("impatient", "impatient"), false, null))
                .hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> new LabelledMessage("x", "de", "t", List.of(), false, null))
                .hasMessageContaining("pl, en");
        assertThatThrownBy(() -> new LabelledMessage("x", "en", " ", List.of(), false, null))
                .hasMessageContaining("text of x");
    }
}
