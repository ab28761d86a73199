package dev.clientele.benchmarks.report;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.benchmarks.drools.Agreement;
import dev.clientele.benchmarks.drools.DroolsPeer;
import dev.clientele.benchmarks.drools.LabelledMessages;
import dev.clientele.benchmarks.jmh.DefaultEngine;
import dev.clientele.core.Clientele;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes {@code docs/performance.md} from one run of {@code benchmarks/run.sh}:
 * {@code PerformanceReport RESULTS_DIR OUT.md [LABELLED.jsonl]}. RESULTS_DIR holds {@code jmh.json}
 * and {@code facts.properties} (machine, batch and start-up figures measured by the script);
 * {@code reading.md} there, when present, is the hand-written reading of the profiles.
 */
public final class PerformanceReport {

    private final JmhResults jmh;
    private final Properties facts;
    private final Optional<Agreement> agreement;
    private final Optional<String> reading;
    private final StringBuilder md = new StringBuilder(16_000);

    PerformanceReport(JmhResults jmh, Properties facts, Optional<Agreement> agreement, Optional<String> reading) {
        this.jmh = jmh;
        this.facts = facts;
        this.agreement = agreement;
        this.reading = reading;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: PerformanceReport RESULTS_DIR OUT.md [LABELLED.jsonl]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Properties facts = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("facts.properties"), StandardCharsets.UTF_8)) {
            facts.load(in);
        }
        Optional<Agreement> agreement = Optional.empty();
        if (args.length == 3 && Files.isRegularFile(Path.of(args[2]))) {
            try (Clientele clientele = DefaultEngine.rulesOnly()) {
                DroolsPeer peer = DroolsPeer.start(new StandardTextAnalyser()::analyse);
                agreement = Optional.of(Agreement.measure(clientele, peer, LabelledMessages.read(Path.of(args[2]))));
            }
        }
        Path readingFile = dir.resolve("reading.md");
        Optional<String> reading = Files.isRegularFile(readingFile)
                ? Optional.of(Files.readString(readingFile, StandardCharsets.UTF_8)) : Optional.empty();
        String report = new PerformanceReport(JmhResults.read(dir.resolve("jmh.json")), facts, agreement, reading).render();
        Files.writeString(Path.of(args[1]), report, StandardCharsets.UTF_8);
    }

    String render() {
        md.append("# Performance\n\n")
                .append("Written by `benchmarks/run.sh` on ").append(fact("date")).append("; do not edit by hand, run it again. ")
                .append("All figures come from one run on the machine below; ratios within the run are more telling than ")
                .append("absolute figures. Errors are JMH's 99.9% confidence half-widths, or the spread (min–max) of the ")
                .append("repeated command-line runs.\n\n");
        machine();
        goals();
        single();
        peer();
        incremental();
        batch();
        startUp();
        plugins();
        md.append("## Reading\n\n").append(reading.orElse("No profile reading was supplied with this run.\n")).append('\n');
        return md.toString();
    }

    private void machine() {
        md.append("## Machine and method\n\n")
                .append("| | |\n|---|---|\n")
                .append("| CPU | ").append(fact("machine.cpu")).append(" |\n")
                .append("| cores (`nproc`) | ").append(fact("machine.nproc")).append(" |\n")
                .append("| memory | ").append(fact("machine.memory")).append(" |\n")
                .append("| OS | ").append(fact("machine.os")).append(" |\n")
                .append("| JVM | ").append(fact("jvm.version")).append(" |\n")
                .append("| code measured (`git describe --always --dirty`) | ").append(fact("git.commit")).append(" |\n")
                .append("| load average at start / end | ").append(fact("load.before")).append(" / ")
                .append(fact("load.after")).append(" |\n")
                .append("| measurements (before writing this report) | ").append(fact("run.seconds")).append(" s |\n\n")
                .append("JMH settings (short, to fit the run in 15 minutes on 2 cores): `").append(fact("jmh.options"))
                .append("`. One fork per benchmark, so run-to-run variance between JVMs is not captured; the errors below ")
                .append("understate it.\n\n```\n").append(fact("jmh.command")).append("\n```\n\n");
    }

    private void goals() {
        md.append("## Goals\n\n| goal | target | measured | met |\n|---|---|---|---|\n");
        Optional<Double> peerRatio = ratio("DroolsPeerBenchmark.clientele", "DroolsPeerBenchmark.drools", "thrpt",
                Map.of("shape", "tweet"));
        goal("engine vs Drools, throughput on the shared subset (tweets)", "≥ 10×", peerRatio, r -> r >= 10, "×");
        Optional<Double> incremental = incrementalRatio();
        goal("re-assessing after one new turn: 1,000 turns vs 10", "≤ 2×", incremental, r -> r <= 2, "×");
        Optional<Double> rate = batchRate("100000");
        goal("batch throughput, 100k interactions", "≥ 20,000/s", rate, r -> r >= 20_000, "/s");
        Optional<Double> rss = rssRatio();
        goal("peak RSS, 100k vs 10k interactions", "≤ 1.2×", rss, r -> r <= 1.2, "×");
        Optional<Double> startUp = startUpRatio();
        goal("CLI `assess` of one file vs hello-world `java -jar`", "≤ 4×", startUp, r -> r <= 4, "×");
        md.append("\nThese verdicts are computed from this run alone; the Reading at the end says which figures the ")
                .append("machine's load distorted and gives reruns where it did.\n\n");
    }

    private void goal(String what, String target, Optional<Double> value, java.util.function.DoublePredicate met, String unit) {
        md.append("| ").append(what).append(" | ").append(target).append(" | ")
                .append(value.map(v -> unit.equals("/s") ? String.format(Locale.ROOT, "%,.0f%s", v, unit)
                        : String.format(Locale.ROOT, "%.2f%s", v, unit)).orElse("not measured"))
                .append(" | ").append(value.map(v -> met.test(v) ? "yes" : "**no**").orElse("—")).append(" |\n");
    }

    private void single() {
        md.append("## 1. Single assessment, built-in playbooks, one thread\n\n")
                .append("`fresh`: every turn text is new to the engine (the analysis cache always misses); `cached`: the ")
                .append("same inputs were assessed before, so the text analysis comes from the cache. Latency from JMH's ")
                .append("sample mode.\n\n")
                .append("| input | analysis | throughput (ops/s) | p50 (µs) | p99 (µs) | p99.9 (µs) |\n|---|---|---|---|---|---|\n");
        for (String shape : List.of("tweet-pl", "tweet-en", "conversation-20")) {
            for (String analysis : List.of("fresh", "cached")) {
                Map<String, String> p = Map.of("shape", shape, "analysis", analysis);
                Optional<JmhResults.Result> thrpt = jmh.find("SingleAssessmentBenchmark.assess", "thrpt", p);
                Optional<JmhResults.Result> sample = jmh.find("SingleAssessmentBenchmark.assess", "sample", p);
                md.append("| ").append(shape).append(" | ").append(analysis).append(" | ")
                        .append(thrpt.map(r -> perSecond(r)).orElse("—")).append(" | ")
                        .append(sample.map(r -> micros(r, "50.0")).orElse("—")).append(" | ")
                        .append(sample.map(r -> micros(r, "99.0")).orElse("—")).append(" | ")
                        .append(sample.map(r -> micros(r, "99.9")).orElse("—")).append(" |\n");
            }
        }
        md.append('\n');
    }

    private void peer() {
        md.append("## 2. The Drools peer, side by side\n\n")
                .append("Drools 10.2.0 (`drools-engine-classic`) runs the built-in playbooks' recognition of `impatient`, ")
                .append("`wants-it-now`, `nervous` and `aggressive` and their escalation rules, encoded as DRL ")
                .append("(`benchmarks/src/main/resources/dev/clientele/benchmarks/drools/`; one generated rule per cue phrase, ")
                .append("as a decision table expands) over the same analysed turns. Text analysis is done beforehand for both ")
                .append("(every input was assessed once, so the engine's cache holds it); both validate the input and build the ")
                .append("analysed view. `droolsOnPreparedViews` gives Drools the views for free: its best case. The engine ")
                .append("does more than the peer: all twelve patterns, advice, intensity and the service clocks.\n\n")
                .append("| input | engine (ops/s) | Drools (ops/s) | Drools on prepared views (ops/s) | engine ÷ Drools | engine ÷ Drools on prepared views |\n")
                .append("|---|---|---|---|---|---|\n");
        for (String shape : List.of("tweet", "conversation-20")) {
            Map<String, String> p = Map.of("shape", shape);
            md.append("| ").append(shape).append(" | ")
                    .append(jmh.find("DroolsPeerBenchmark.clientele", "thrpt", p).map(this::perSecond).orElse("—")).append(" | ")
                    .append(jmh.find("DroolsPeerBenchmark.drools", "thrpt", p).map(this::perSecond).orElse("—")).append(" | ")
                    .append(jmh.find("DroolsPeerBenchmark.droolsOnPreparedViews", "thrpt", p).map(this::perSecond).orElse("—"))
                    .append(" | ").append(ratio("DroolsPeerBenchmark.clientele", "DroolsPeerBenchmark.drools", "thrpt", p)
                            .map(r -> String.format(Locale.ROOT, "%.1f×", r)).orElse("—"))
                    .append(" | ").append(ratio("DroolsPeerBenchmark.clientele", "DroolsPeerBenchmark.droolsOnPreparedViews",
                            "thrpt", p).map(r -> String.format(Locale.ROOT, "%.1f×", r)).orElse("—"))
                    .append(" |\n");
        }
        md.append('\n');
        agreement.ifPresentOrElse(a -> {
            md.append(String.format(Locale.ROOT, "**Agreement on the labelled set** (`labelled/dev.jsonl`, the same patterns "
                    + "of the subset reported at 0.5 and the same escalation level): %d of %d messages, %.1f%%; "
                    + "%d of them with a finding of the subset, %d compared on patterns only (the engine escalated for a "
                    + "broken commitment, which the peer does not encode). The test `AgreementTests` checks the same on "
                    + "400 generated multi-turn conversations.%n%n",
                    a.agreed(), a.compared(), 100 * a.rate(), a.withFindings(), a.patternsOnly()));
            if (!a.differences().isEmpty()) {
                md.append("Where they differ (id: engine's patterns and escalation, then the peer's, with the peer's confidences):\n\n");
                a.differences().stream().limit(40).forEach(d -> md.append("- `").append(d).append("`\n"));
                if (a.differences().size() > 40) {
                    md.append("- … ").append(a.differences().size() - 40).append(" more\n");
                }
                md.append('\n');
            }
        }, () -> md.append("The labelled set was not available to this run, so agreement was not measured.\n\n"));
    }

    private void incremental() {
        md.append("## 3. Incremental cost: one new turn\n\n")
                .append("A conversation of N turns was assessed once; each operation adds one customer turn the engine has ")
                .append("never seen and assesses again. `preparing` is building the longer input alone, included in the ")
                .append("assessment figure.\n\n| turns | assess after one new turn (µs) | preparing the input (µs) |\n|---|---|---|\n");
        for (String turns : List.of("10", "100", "1000")) {
            Map<String, String> p = Map.of("turns", turns);
            md.append("| ").append(turns).append(" | ")
                    .append(jmh.find("IncrementalBenchmark.assessAfterOneNewTurn", "avgt", p).map(this::scoreWithError).orElse("—"))
                    .append(" | ").append(jmh.find("IncrementalBenchmark.prepareOnly", "avgt", p).map(this::scoreWithError)
                            .orElse("—")).append(" |\n");
        }
        md.append('\n').append(incrementalRatio().map(r -> String.format(Locale.ROOT,
                "Ratio 1,000 ÷ 10 turns: **%.2f×** (goal ≤ 2×).%n%n", r)).orElse(""));
        md.append("Where it goes (`IncrementalBreakdownBenchmark`): building the analysed view after one new turn ")
                .append("(validation, mapping, cached analysis), and each built-in playbook alone on a view built beforehand. ")
                .append("The engine runs the three playbooks one after another on one pool thread, then merges and computes the service clocks.\n\n")
                .append("| turns | view (µs) | clientele-recognition (µs) | clientele-escalation (µs) | clientele-service (µs) |\n")
                .append("|---|---|---|---|---|\n");
        for (String turns : List.of("10", "1000")) {
            Map<String, String> p = Map.of("turns", turns);
            md.append("| ").append(turns);
            for (String part : List.of("view", "recognition", "escalation", "service")) {
                md.append(" | ").append(jmh.find("IncrementalBreakdownBenchmark." + part, "avgt", p)
                        .map(this::scoreWithError).orElse("—"));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private void batch() {
        md.append("## 4. Batch, end to end\n\n")
                .append("Generated interactions (`GenerateInteractions`, seed ").append(fact("batch.seed"))
                .append(", Polish and English, 1–8 turns) through the shaded CLI's `batch`, timed with `/usr/bin/time -v`; ")
                .append(fact("batch.repeats")).append(" runs per size, median shown, min–max in brackets.\n\n")
                .append("```\n").append(fact("batch.command")).append("\n```\n\n")
                .append("| interactions | file size | wall time (s) | interactions/s | peak RSS (MB) |\n|---|---|---|---|---|\n");
        for (String n : List.of("10000", "100000")) {
            double[] seconds = numbers("batch." + n + ".seconds");
            double[] rss = numbers("batch." + n + ".rss_kb");
            if (seconds.length == 0) {
                md.append("| ").append(n).append(" | — | not measured (").append(fact("batch." + n + ".problem")).append(") | — | — |\n");
                continue;
            }
            double median = median(seconds);
            md.append(String.format(Locale.ROOT, "| %,d | %s | %.2f [%.2f–%.2f] | %,.0f [%,.0f–%,.0f] | %.0f [%.0f–%.0f] |%n",
                    Integer.parseInt(n), fact("batch." + n + ".bytes"), median, min(seconds), max(seconds),
                    Integer.parseInt(n) / median, Integer.parseInt(n) / max(seconds), Integer.parseInt(n) / min(seconds),
                    median(rss) / 1024, min(rss) / 1024, max(rss) / 1024));
        }
        md.append('\n').append(rssRatio().map(r -> String.format(Locale.ROOT,
                "Peak RSS 100k ÷ 10k: **%.2f×** (goal ≤ 1.2×). CPU used by the batch process (`Percent of CPU`, 200%% is "
                + "both cores): %s (10k), %s (100k).%n%n", r, fact("batch.10000.cpu"), fact("batch.100000.cpu"))).orElse(""));
        double[] concurrent = numbers("batch.concurrent.seconds");
        if (concurrent.length > 0) {
            md.append(String.format(Locale.ROOT, "The 100k file through the library with %s threads assessing at once "
                    + "(`ConcurrentBatch`, same engine and JSON adapter, output in input order): %.2f s, **%,.0f "
                    + "interactions/s**, %s CPU.%n%n", fact("batch.concurrent.threads"), concurrent[0], 100_000 / concurrent[0],
                    fact("batch.concurrent.cpu")));
        }
        md.append("The same once more with a fixed heap (`java -Xmx").append(fact("batch.bounded_heap"))
                .append(" -jar ...`), to tell a growing live set from the JVM's own heap sizing:\n\n")
                .append("| interactions | wall time (s) | interactions/s | peak RSS (MB) |\n|---|---|---|---|\n");
        for (String n : List.of("10000", "100000")) {
            double[] seconds = numbers("batch." + n + ".bounded.seconds");
            double[] rss = numbers("batch." + n + ".bounded.rss_kb");
            if (seconds.length == 0 || rss.length == 0) {
                md.append("| ").append(n).append(" | not measured (").append(fact("batch." + n + ".bounded.problem"))
                        .append(") | — | — |\n");
            } else {
                md.append(String.format(Locale.ROOT, "| %,d | %.2f | %,.0f | %.0f |%n", Integer.parseInt(n), seconds[0],
                        Integer.parseInt(n) / seconds[0], rss[0] / 1024));
            }
        }
        double[] small = numbers("batch.10000.bounded.rss_kb");
        double[] large = numbers("batch.100000.bounded.rss_kb");
        if (small.length > 0 && large.length > 0) {
            md.append(String.format(Locale.ROOT, "%nWith a fixed heap, peak RSS 100k ÷ 10k: **%.2f×**.%n%n", large[0] / small[0]));
        } else {
            md.append('\n');
        }
    }

    private void startUp() {
        double[] hello = numbers("startup.hello.ms");
        double[] cli = numbers("startup.cli.ms");
        md.append("## 5. Start-up\n\n")
                .append("Wall time of whole processes, ").append(fact("startup.runs")).append(" runs each after ")
                .append(fact("startup.warmups")).append(" warm-ups, interleaved.\n\n```\n")
                .append(fact("startup.hello.command")).append('\n').append(fact("startup.cli.command")).append("\n```\n\n")
                .append("| command | mean (ms) | sd (ms) | min (ms) |\n|---|---|---|---|\n");
        row("hello-world `java -jar`", hello);
        row("`clientele.jar assess` of one file", cli);
        row("the same with an AppCDS archive (`" + fact("startup.cds.command") + "`)", numbers("startup.cds.ms"));
        md.append('\n').append(startUpRatio().map(r -> String.format(Locale.ROOT,
                "Ratio: **%.2f×** (goal ≤ 4×).%n%n", r)).orElse(""));
        double[] cds = numbers("startup.cds.ms");
        if (cds.length > 0 && hello.length > 0) {
            md.append(String.format(Locale.ROOT, "With the AppCDS archive: %.2f×.%n%n", mean(cds) / mean(hello)));
        }
        md.append("Where a cold start goes (`StartUpPhases`, each phase timed once in a fresh JVM, 3 JVMs, median ms):\n\n")
                .append("| reading the JSON (Jackson's first use) | text analyser and dictionaries | engine build (discovery, ")
                .append("three playbooks compiling their word lists, warm-up) | first view (validation's first use) | ")
                .append("first assessment | second assessment |\n|---|---|---|---|---|---|\n|");
        for (String phase : List.of("json", "analyser", "engine", "view", "first", "second")) {
            double[] ms = numbers("phases." + phase);
            md.append(ms.length == 0 ? " — |" : String.format(Locale.ROOT, " %.0f |", median(ms)));
        }
        md.append("\n\n");
    }

    private void row(String what, double[] ms) {
        if (ms.length == 0) {
            md.append("| ").append(what).append(" | not measured | | |\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", what, mean(ms), sd(ms), min(ms)));
    }

    private void plugins() {
        md.append("## 6. Scale with plugins\n\n")
                .append("One cached tweet assessed by N trivial playbooks given to the builder (no built-in playbooks), each ")
                .append("run on the engine's pool under its time budget, screened and merged like any plugin.\n\n")
                .append("| playbooks | assessment (µs) | per playbook (µs) |\n|---|---|---|\n");
        for (String n : List.of("1", "10", "50")) {
            Optional<JmhResults.Result> r = jmh.find("PlaybookScaleBenchmark.assess", "avgt", Map.of("playbooks", n));
            md.append("| ").append(n).append(" | ").append(r.map(this::scoreWithError).orElse("—")).append(" | ")
                    .append(r.map(x -> String.format(Locale.ROOT, "%.1f", x.score() / Integer.parseInt(n))).orElse("—"))
                    .append(" |\n");
        }
        Optional<JmhResults.Result> one = jmh.find("PlaybookScaleBenchmark.assess", "avgt", Map.of("playbooks", "1"));
        Optional<JmhResults.Result> fifty = jmh.find("PlaybookScaleBenchmark.assess", "avgt", Map.of("playbooks", "50"));
        if (one.isPresent() && fifty.isPresent()) {
            md.append(String.format(Locale.ROOT, "%nMarginal cost of a playbook (slope from 1 to 50): **%.1f µs**.%n%n",
                    (fifty.get().score() - one.get().score()) / 49));
        }
    }

    private Optional<Double> ratio(String faster, String slower, String mode, Map<String, String> params) {
        Optional<JmhResults.Result> a = jmh.find(faster, mode, params);
        Optional<JmhResults.Result> b = jmh.find(slower, mode, params);
        return a.isPresent() && b.isPresent() && b.get().score() > 0
                ? Optional.of(a.get().score() / b.get().score()) : Optional.empty();
    }

    private Optional<Double> incrementalRatio() {
        Optional<JmhResults.Result> ten = jmh.find("IncrementalBenchmark.assessAfterOneNewTurn", "avgt", Map.of("turns", "10"));
        Optional<JmhResults.Result> thousand = jmh.find("IncrementalBenchmark.assessAfterOneNewTurn", "avgt",
                Map.of("turns", "1000"));
        return ten.isPresent() && thousand.isPresent() ? Optional.of(thousand.get().score() / ten.get().score())
                : Optional.empty();
    }

    private Optional<Double> batchRate(String n) {
        double[] seconds = numbers("batch." + n + ".seconds");
        return seconds.length == 0 ? Optional.empty() : Optional.of(Integer.parseInt(n) / median(seconds));
    }

    private Optional<Double> rssRatio() {
        double[] small = numbers("batch.10000.rss_kb");
        double[] large = numbers("batch.100000.rss_kb");
        return small.length == 0 || large.length == 0 ? Optional.empty() : Optional.of(median(large) / median(small));
    }

    private Optional<Double> startUpRatio() {
        double[] hello = numbers("startup.hello.ms");
        double[] cli = numbers("startup.cli.ms");
        return hello.length == 0 || cli.length == 0 ? Optional.empty() : Optional.of(mean(cli) / mean(hello));
    }

    private String perSecond(JmhResults.Result r) {
        double factor = switch (r.unit()) {
            case "ops/ms" -> 1_000;
            case "ops/us" -> 1_000_000;
            case "ops/s" -> 1;
            default -> throw new IllegalArgumentException("unexpected throughput unit " + r.unit());
        };
        String format = r.score() * factor < 100 ? "%,.2f" : "%,.0f";
        return Double.isNaN(r.error())
                ? String.format(Locale.ROOT, format, r.score() * factor)
                : String.format(Locale.ROOT, format + " ± " + format, r.score() * factor, r.error() * factor);
    }

    private static String micros(JmhResults.Result r, String percentile) {
        Double value = r.percentiles().get(percentile);
        if (value == null) {
            return "—";
        }
        double factor = switch (r.unit()) {
            case "ms/op" -> 1_000;
            case "us/op" -> 1;
            case "ns/op" -> 0.001;
            case "s/op" -> 1_000_000;
            default -> throw new IllegalArgumentException("unexpected time unit " + r.unit());
        };
        return String.format(Locale.ROOT, "%,.0f", value * factor);
    }

    private String scoreWithError(JmhResults.Result r) {
        String format = r.score() < 10 ? "%,.2f" : "%,.1f";
        return Double.isNaN(r.error()) ? String.format(Locale.ROOT, format, r.score())
                : String.format(Locale.ROOT, format + " ± " + format, r.score(), r.error());
    }

    private String fact(String key) {
        return facts.getProperty(key, "unknown");
    }

    private double[] numbers(String key) {
        String value = facts.getProperty(key, "").strip();
        if (value.isEmpty()) {
            return new double[0];
        }
        // A zero is a failed reading (a time that could not be parsed), not a measurement.
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .mapToDouble(Double::parseDouble).filter(v -> v > 0).toArray();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double sd(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1));
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
