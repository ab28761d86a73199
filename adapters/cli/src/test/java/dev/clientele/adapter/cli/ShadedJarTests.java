package dev.clientele.adapter.cli;

import dev.clientele.adapter.json.AssessmentJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the shaded {@code clientele.jar} as a user would, with {@code java -jar}: the services of
 * every bundled module must survive shading. Runs under Failsafe, after {@code package}.
 */
class ShadedJarTests {

    private static final Path JAR = Path.of(System.getProperty("clientele.jar", "target/clientele.jar"));

    @Test
    void listsEveryBundledPlaybookFoundInsideTheJar() throws Exception {
        Result result = java("playbooks");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("clientele-recognition", "clientele-escalation", "clientele-service",
                "source:      " + JAR.toAbsolutePath().normalize());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void assessesTheReadmeExampleWithTheBundledTextAnalyser() throws Exception {
        Result result = java("assess", Run.example("pl-nervous-manager.json"));
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(AssessmentJson.read(result.out().strip()).observed()).isNotEmpty();
        assertThat(result.err()).as("libraries must not log to standard error").isEmpty();
    }

    @Test
    void validatesAJsonLinesFileSeveralTimesLargerThanItsHeap() throws Exception {
        // About 120 MB of interactions against a 48 MB heap: only streaming can get through.
        List<String> samples = Files.readAllLines(Path.of(Run.example("batch.jsonl")));
        Path big = Files.createTempFile("clientele-big", ".jsonl");
        long lines = 0;
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            while (Files.size(big) < 120L * 1024 * 1024) {
                for (String sample : samples) {
                    out.write(sample.replaceFirst("\"id\":\\s*\"b-\\d+\"", "\"id\":\"big-" + lines++ + "\""));
                    out.write('\n');
                }
                out.flush();
            }
        }
        try {
            Result result = javaWithHeap("48m", "validate", big.toString());
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out()).contains(lines + " interactions, all valid");
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void carriesTheWordListsOfTheBuiltInPlaybooksWithTheirAttribution() throws IOException {
        String folder = "dev/clientele/playbooks/defaults/lexicon/";
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String file : List.of("cues-en.tsv", "cues-pl.tsv", "naughty-words-en.txt", "naughty-words-pl.txt",
                    "bad-words-en.txt", "bad-words-LICENSE.txt", "README.md")) {
                assertThat(jar.getEntry(folder + file)).as(file).isNotNull();
            }
        }
    }

    @Test
    void printsItsVersion() throws Exception {
        Result result = java("--version");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("clientele 0.1.0");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        return javaWithHeap(null, args);
    }

    private static Result javaWithHeap(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("clientele-out", ".txt");
        Path err = Files.createTempFile("clientele-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
