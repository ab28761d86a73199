package dev.clientele.adapter.text;

import dev.clientele.playbooks.api.AnalysedText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures analysis speed on real messages; a program, not a test, so no time limit is asserted.
 * Input: a UTF-8 file of lines {@code lang<TAB>text}. Usage:
 * {@code java -cp <test class path> dev.clientele.adapter.text.AnalyserTiming messages.tsv [rounds]}.
 */
final class AnalyserTiming {

    private AnalyserTiming() {
    }

    public static void main(String[] args) throws IOException {
        List<String[]> messages = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                messages.add(new String[] {line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n")});
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        PrintStream out = System.out;
        long coldStart = System.nanoTime();
        StandardTextAnalyser analyser = new StandardTextAnalyser();
        analyser.analyse("Dzień dobry", "pl");
        out.printf("first Polish analysis (dictionary load): %.1f ms%n", (System.nanoTime() - coldStart) / 1e6);
        for (int warm = 0; warm < rounds / 4 + 1; warm++) {
            run(analyser, messages);
        }
        long tokens = 0;
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        for (int r = 0; r < rounds; r++) {
            tokens += run(analyser, messages);
        }
        // Process CPU time is reported too: wall time is unreliable on a shared, loaded machine.
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        long texts = (long) rounds * messages.size();
        out.printf("%d messages x %d rounds: %.2f us per message wall, %.2f us process CPU; %.0f tokens per process CPU second%n",
                messages.size(), rounds, seconds * 1e6 / texts, cpuSeconds * 1e6 / texts, tokens / cpuSeconds);

        // Fresh analysers have empty caches; several passes because the process clock ticks coarsely.
        int coldPasses = 20;
        cpuStart = cpuNanos();
        for (int pass = 0; pass < coldPasses; pass++) {
            StandardTextAnalyser cold = new StandardTextAnalyser();
            for (String[] m : messages) {
                cold.analyse(m[1], m[0]);
            }
        }
        out.printf("first pass with empty caches: %.2f us process CPU per message%n",
                (cpuNanos() - cpuStart) / 1e3 / messages.size() / coldPasses);

        cpuStart = cpuNanos();
        for (int pass = 0; pass < coldPasses; pass++) {
            StandardTextAnalyser detector = new StandardTextAnalyser();
            for (String[] m : messages) {
                detector.detectLanguage(List.of(m[1]));
            }
        }
        out.printf("language detection, first pass: %.2f us process CPU per message%n",
                (cpuNanos() - cpuStart) / 1e3 / messages.size() / coldPasses);
        StandardTextAnalyser detector = new StandardTextAnalyser();
        cpuStart = cpuNanos();
        for (int r = 0; r < rounds; r++) {
            for (String[] m : messages) {
                detector.detectLanguage(List.of(m[1]));
            }
        }
        out.printf("language detection, warm: %.2f us process CPU per message%n",
                (cpuNanos() - cpuStart) / 1e3 / texts);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static long run(StandardTextAnalyser analyser, List<String[]> messages) {
        long tokens = 0;
        for (String[] m : messages) {
            AnalysedText a = analyser.analyse(m[1], m[0]);
            tokens += a.tokens().size();
        }
        return tokens;
    }
}
