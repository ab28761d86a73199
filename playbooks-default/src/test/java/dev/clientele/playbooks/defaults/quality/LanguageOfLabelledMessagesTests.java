package dev.clientele.playbooks.defaults.quality;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.core.application.evaluation.LabelledMessage;
import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.testkit.SharedData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Measures the standard analyser's language detection on every labelled message, each on its own,
 * against the {@code lang} of its line, and writes the numbers to {@code language-report.txt} in
 * the module's build folder. The floors are the accuracy reached when the detector was built
 * (docs/quality/language/README.md) less a small margin; an undetermined answer counts as a miss.
 * Nothing is fitted on these messages: the profiles come from word lists (see NOTICE).
 */
class LanguageOfLabelledMessagesTests {

    private static final Map<String, Double> FLOORS = Map.of("labelled/train.jsonl", 0.99, "labelled/dev.jsonl", 0.99);

    @Test
    void detectsTheLanguageOfTheLabelledMessages() throws IOException {
        StandardTextAnalyser analyser = new StandardTextAnalyser();
        StringBuilder report = new StringBuilder("file                  messages  right  undetermined  wrong  accuracy\n");
        SoftAssertions softly = new SoftAssertions();
        for (String file : List.of("labelled/train.jsonl", "labelled/dev.jsonl")) {
            List<LabelledMessage> messages = LabelledSet.read(SharedData.require(file));
            int right = 0;
            int undetermined = 0;
            for (LabelledMessage m : messages) {
                String detected = analyser.detectLanguage(List.of(m.text()));
                if (detected.equals(m.language())) {
                    right++;
                } else if (detected.equals(TextAnalyser.UNDETERMINED)) {
                    undetermined++;
                }
            }
            double accuracy = right / (double) messages.size();
            report.append(String.format("%-21s %8d %6d %13d %6d %9.3f%n", file, messages.size(), right, undetermined,
                    messages.size() - right - undetermined, accuracy));
            softly.assertThat(accuracy).as("%s: share of messages whose language is detected right", file)
                    .isGreaterThanOrEqualTo(FLOORS.get(file));
        }
        Files.writeString(buildFolder().resolve("language-report.txt"), report.toString(), StandardCharsets.UTF_8);
        softly.assertAll();
    }

    /** The build folder of this module, whatever {@code clientele.out} names it: the parent of test-classes. */
    private static Path buildFolder() {
        try {
            return Path.of(LanguageOfLabelledMessagesTests.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the build folder", e);
        }
    }
}
