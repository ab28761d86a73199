package dev.clientele.adapter.cli;

import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.core.Clientele;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch far longer than the lines the workers hold at once: the output and the problems must be
 * exactly those of assessing one line after the other.
 */
class ParallelBatchTests {

    private static final int COPIES = 60;

    @TempDir
    static Path temp;

    private static Path in;
    private static List<String> expected;
    private static List<String> invalidLines;

    /** 600 interactions with unique ids, and a broken line every so often, at no regular distance. */
    @BeforeAll
    static void input() throws IOException {
        List<String> examples = Files.readAllLines(Path.of(Run.example("batch.jsonl")));
        List<String> lines = new ArrayList<>();
        invalidLines = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (String example : examples) {
                lines.add(example.replaceFirst("\"id\": \"(b-\\d+)\"", "\"id\": \"$1-" + copy + "\""));
                if ((lines.size() * 7) % 53 == 0) {
                    lines.add(lines.size() % 2 == 0 ? "{\"id\":\"broken-" + lines.size() + "\",\"channel\":\"phone\"}"
                            : "not json at all");
                    invalidLines.add(Integer.toString(lines.size()));
                }
            }
        }
        in = Files.write(temp.resolve("in.jsonl"), lines);
        expected = new ArrayList<>();
        try (Clientele engine = Clientele.builder().timeBudget(Duration.ofSeconds(2)).build()) {
            for (String line : lines) {
                if (line.startsWith("{\"id\": \"b-")) {
                    expected.add(AssessmentJson.write(engine.assess(InteractionJson.readValid(line))));
                }
            }
        }
    }

    @Test
    void theOutputIsByteForByteThatOfAssessingOneLineAfterTheOther() throws IOException {
        Path out = temp.resolve("out.jsonl");
        Run run = Run.of("batch", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("batch: " + (expected.size() + invalidLines.size()) + " lines read, "
                + expected.size() + " assessed, " + invalidLines.size() + " invalid, 0 failed");
        assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected);
    }

    @Test
    void problemsAreReportedInInputOrderWithTheirLineNumbers() {
        Run run = Run.of("batch", in.toString(), "--out", temp.resolve("problems.jsonl").toString());

        List<String> numbers = run.err().lines()
                .map(l -> l.substring(in.toString().length() + 1, l.indexOf(':', in.toString().length() + 1)))
                .distinct().toList();
        assertThat(numbers).containsExactlyElementsOf(invalidLines);
    }

    @Test
    void resumingFarIntoTheInputKeepsTheEarlierLinesAndAssessesTheRestInOrder() throws IOException {
        Path out = temp.resolve("resumed.jsonl");
        Files.writeString(Path.of(out + ".partial"), String.join("\n", expected.subList(0, 250)) + "\n"
                + expected.get(250).substring(0, 30));
        Run run = Run.of("batch", in.toString(), "--out", out.toString(), "--resume");

        assertThat(run.out()).contains(expected.size() + " assessed (250 kept from the interrupted run)");
        assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected);
    }
}
