package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.ReportCounts;
import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTests {

    private static final Pattern FIGURE = Pattern.compile("<figure id=\"([^\"]+)\">(.*?)</figure>", Pattern.DOTALL);
    private static final Pattern BAR = Pattern.compile(
            "<g class=\"bar\" data-label=\"([^\"]*)\" data-count=\"(\\d+)\"><text[^>]*>([^<]*)</text><rect[^>]*/><text class=\"count\"[^>]*>(\\d+)</text></g>");

    @TempDir
    Path temp;

    @Test
    void assessesEveryValidLineInInputOrderAndSkipsInvalidOnes() throws IOException {
        List<String> input = new ArrayList<>(Files.readAllLines(Path.of(Run.example("batch.jsonl"))));
        input.add(3, "{\"id\":\"broken\",\"channel\":\"phone\"}");
        input.add(6, "not json at all");
        Path in = Files.write(temp.resolve("in.jsonl"), input);
        Path out = temp.resolve("out.jsonl");
        Run run = Run.of("batch", in.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).startsWith("batch: 12 lines read, 10 assessed, 2 invalid, 0 failed");
        assertThat(run.err().lines()).anyMatch(l -> l.startsWith(in + ":4: /requester: must not be null"))
                .anyMatch(l -> l.startsWith(in + ":7: /: malformed JSON"));
        assertThat(ids(out)).containsExactly("b-001", "b-002", "b-003", "b-004", "b-005", "b-006", "b-007", "b-008",
                "b-009", "b-010");
        assertThat(Files.exists(Path.of(out + ".partial"))).isFalse();
    }

    @Test
    void resumeKeepsWhatWasDoneDropsATornLineAndAssessesOnlyTheRest() throws IOException {
        Path in = Path.of(Run.example("batch.jsonl"));
        Path out = temp.resolve("out.jsonl");
        Path complete = temp.resolve("complete.jsonl");
        assertThat(Run.of("batch", in.toString(), "--out", complete.toString()).exitCode()).isZero();
        List<String> done = Files.readAllLines(complete);

        // An interrupted run: four complete lines and half of the fifth, and no final output yet.
        Path partial = Path.of(out + ".partial");
        Files.writeString(partial, String.join("\n", done.subList(0, 4)) + "\n" + done.get(4).substring(0, 40));
        Run resumed = Run.of("batch", in.toString(), "--out", out.toString(), "--resume");

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("10 assessed (4 kept from the interrupted run)");
        assertThat(ids(out)).containsExactlyElementsOf(ids(complete)).doesNotHaveDuplicates().hasSize(10);
        assertThat(Files.readAllLines(out).subList(0, 4)).isEqualTo(done.subList(0, 4));
        assertThat(Files.exists(partial)).isFalse();
    }

    @Test
    void resumeRefusesAPartialOutputOfAnotherInput() throws IOException {
        Path in = Path.of(Run.example("batch.jsonl"));
        Path out = temp.resolve("out.jsonl");
        Path complete = temp.resolve("complete.jsonl");
        Run.of("batch", in.toString(), "--out", complete.toString());
        List<String> done = Files.readAllLines(complete);
        Files.write(Path.of(out + ".partial"), List.of(done.get(3)));
        Run run = Run.of("batch", in.toString(), "--out", out.toString(), "--resume");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString().contains("expected the assessment of b-001")
                .contains("found id b-004");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void withoutResumeAnOldPartialOutputIsDiscarded() throws IOException {
        Path out = temp.resolve("out.jsonl");
        Files.writeString(Path.of(out + ".partial"), "{\"left\":\"over\"}\n");
        Run run = Run.of("batch", Run.example("batch.jsonl"), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(ids(out)).hasSize(10);
    }

    @Test
    void theReportsChartsDrawExactlyTheCountsOfTheOutput() throws IOException {
        Path in = Path.of(Run.example("batch.jsonl"));
        Path out = temp.resolve("out.jsonl");
        Path report = temp.resolve("report.html");
        Run run = Run.of("batch", in.toString(), "--out", out.toString(), "--report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(report);

        // Self-contained: no scripts, no links to the network.
        assertThat(html).doesNotContain("<script", "https://", "<link").contains("<svg");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");

        Map<String, Map<String, Long>> drawn = charts(html);
        Map<String, Map<String, Long>> expected = countsFrom(in, out);
        assertThat(drawn).isEqualTo(expected);
        assertThat(drawn.keySet()).containsExactly("patterns", "escalation-reasons", "first-response", "commitments",
                "intensity", "language", "channel");
        assertThat(drawn.get("channel").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
    }

    /** Every bar's label and count, checking that the printed label and number agree with the data attributes. */
    private static Map<String, Map<String, Long>> charts(String html) {
        Map<String, Map<String, Long>> charts = new LinkedHashMap<>();
        Matcher figure = FIGURE.matcher(html);
        while (figure.find()) {
            Map<String, Long> bars = new TreeMap<>();
            Matcher bar = BAR.matcher(figure.group(2));
            while (bar.find()) {
                assertThat(bar.group(3)).isEqualTo(bar.group(1));
                assertThat(bar.group(4)).isEqualTo(bar.group(2));
                long count = Long.parseLong(bar.group(2));
                if (count > 0) {
                    bars.put(bar.group(1), count);
                }
            }
            charts.put(figure.group(1), bars);
        }
        return charts;
    }

    /** The same numbers, counted independently from the output file and the input's channels. */
    private static Map<String, Map<String, Long>> countsFrom(Path in, Path out) throws IOException {
        Map<String, String> channels = new TreeMap<>();
        for (String line : Files.readAllLines(in)) {
            InteractionInput input = InteractionJson.read(line);
            channels.put(input.id(), input.channel());
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (String chart : List.of("patterns", "escalation-reasons", "first-response", "commitments", "intensity",
                "language", "channel")) {
            counts.put(chart, new TreeMap<>());
        }
        for (String line : Files.readAllLines(out)) {
            Assessment a = AssessmentJson.read(line);
            a.observed().stream().map(o -> o.pattern()).distinct()
                    .forEach(p -> counts.get("patterns").merge(p, 1L, Long::sum));
            a.escalation().reasons().forEach(r -> counts.get("escalation-reasons").merge(r.id(), 1L, Long::sum));
            counts.get("first-response").merge(a.sla().firstResponse().map(f -> f.status().id()).orElse("none"), 1L, Long::sum);
            a.sla().commitments().forEach(c -> counts.get("commitments").merge(c.status().id(), 1L, Long::sum));
            counts.get("intensity").merge(ReportCounts.bucket(a.intensity().level()), 1L, Long::sum);
            counts.get("language").merge(a.language(), 1L, Long::sum);
            counts.get("channel").merge(channels.get(a.interaction()), 1L, Long::sum);
        }
        return counts;
    }

    private static List<String> ids(Path out) throws IOException {
        return Files.readAllLines(out).stream().map(l -> AssessmentJson.read(l).interaction()).toList();
    }
}
