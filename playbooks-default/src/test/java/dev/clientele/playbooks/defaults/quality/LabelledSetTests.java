package dev.clientele.playbooks.defaults.quality;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.evaluation.LabelledMessage;
import dev.clientele.core.application.evaluation.PatternScore;
import dev.clientele.core.application.evaluation.RecognitionEvaluation;
import dev.clientele.core.application.evaluation.RecognitionReport;
import dev.clientele.playbooks.testkit.SharedData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures recognition on the labelled development set through the real engine, which never
 * trained on it, and holds it to floors just under what the trained model reached (the targets
 * of the recognition issue, micro-F1 0.80 and false alarms at most 3%, are not all met: see
 * {@code docs/quality.md}). The report goes to {@code recognition-report.txt} in the module's
 * build folder and to the test's report entries, whether or not the floors hold.
 */
class LabelledSetTests {

    /** Floors a little under the scores measured when the model was trained (micro 0.735; impatient 0.744 and aggressive 0.750; 3.5%). */
    private static final double MICRO_F1_TARGET = 0.70;
    private static final double PATTERN_F1_TARGET = 0.72;
    private static final int SUPPORT_FOR_PATTERN_TARGET = 10;
    private static final double FALSE_ALARM_CEILING = 0.04;

    @Test
    void recognitionOnTheUnseenDevelopmentSetStaysAboveItsFloors(TestReporter reporter) throws IOException {
        List<LabelledMessage> messages = LabelledSet.read(SharedData.require("labelled/dev.jsonl"));
        RecognitionReport report;
        // Recognition quality, not speed, is judged here; see ScenarioTests for why the budget is wide.
        try (Clientele engine = Clientele.builder().timeBudget(Duration.ofSeconds(2)).build()) {
            report = new RecognitionEvaluation().evaluate(messages, engine);
        }
        Path written = buildFolder().resolve("recognition-report.txt");
        Files.writeString(written, report.toText(), StandardCharsets.UTF_8);
        reporter.publishEntry("recognition report (" + written + ")", report.toText());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(report.micro().f1()).as("micro-F1 over all patterns").isGreaterThanOrEqualTo(MICRO_F1_TARGET);
        softly.assertThat(report.falseAlarmRate()).as("false alarms on messages without a pattern")
                .isLessThanOrEqualTo(FALSE_ALARM_CEILING);
        for (PatternScore score : report.patterns()) {
            if (score.support() >= SUPPORT_FOR_PATTERN_TARGET) {
                softly.assertThat(score.f1()).as("F1 of %s (support %d, precision %.3f, recall %.3f)",
                        score.pattern(), score.support(), score.precision(), score.recall())
                        .isGreaterThanOrEqualTo(PATTERN_F1_TARGET);
            }
        }
        softly.assertAll();
    }

    @Test
    void everyLineOfTheDevelopmentSetBecomesOneMessage() throws IOException {
        Path file = SharedData.require("labelled/dev.jsonl");
        long lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        List<LabelledMessage> messages = LabelledSet.read(file);
        assertThat(messages).hasSize((int) lines);
        assertThat(messages).extracting(LabelledMessage::id).doesNotHaveDuplicates();
        assertThat(messages).filteredOn(m -> !m.patterns().isEmpty()).isNotEmpty();
        assertThat(messages).filteredOn(m -> m.replyingTo() != null).isNotEmpty();
    }

    /** The build folder of this module, whatever {@code clientele.out} names it: the parent of test-classes. */
    private static Path buildFolder() {
        try {
            return Path.of(LabelledSetTests.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the build folder", e);
        }
    }
}
