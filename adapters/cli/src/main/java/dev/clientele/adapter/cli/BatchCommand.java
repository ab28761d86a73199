package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.BatchRun;
import dev.clientele.adapter.cli.internal.Engines;
import dev.clientele.adapter.cli.internal.HtmlReport;
import dev.clientele.adapter.cli.internal.Progress;
import dev.clientele.adapter.cli.internal.UsageProblem;
import dev.clientele.core.Clientele;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code clientele batch IN.jsonl --out OUT.jsonl}: a large file, streaming, with a report. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Assess every line of a JSON Lines file into a JSON Lines file of assessments, streaming with "
                + "bounded memory. Invalid lines are reported on standard error and skipped.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele batch examples/interactions/batch.jsonl --out assessments.jsonl --report report.html",
                "  clientele batch big.jsonl --out big-assessments.jsonl --resume",
                "",
                "The output is written to OUT.partial and moved to OUT when the input is done. After an",
                "interruption, --resume keeps what OUT.partial holds and assesses only the rest, so every",
                "input id appears exactly once. A progress bar is drawn when the console is a terminal.",
                "Exit code 0 when every line was assessed, 2 when some were invalid, 1 when the engine",
                "failed on some."})
final class BatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "IN.jsonl", description = "Interactions, one clientele.interaction/v1 per line.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.jsonl", description = "Where to write the assessments.")
    Path out;

    @Option(names = "--report", paramLabel = "report.html", description = "Also write a self-contained HTML report with charts.")
    Path report;

    @Option(names = "--resume", description = "Continue an interrupted run from OUT.jsonl.partial.")
    boolean resume;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        requireFolderOf(this.out);
        if (report != null) {
            requireFolderOf(report);
        }
        if (in.toAbsolutePath().normalize().equals(this.out.toAbsolutePath().normalize())) {
            throw new UsageProblem("--out " + this.out + ": must not be the input file");
        }
        Instant started = Instant.now();
        BatchRun.Summary summary;
        BatchRun run;
        try (Clientele engine = Engines.start(common.plugins, common.timeBudgetMillis, common.defaultLanguage)) {
            run = new BatchRun(engine, err::println);
            long size = Files.isRegularFile(in) ? Files.size(in) : 0;
            Progress progress = new Progress(err, System.console() != null, size);
            summary = run.run(in, this.out, resume, progress);
        }
        Duration took = Duration.between(started, Instant.now());
        if (report != null) {
            writeAtomically(report, HtmlReport.render(in.getFileName().toString(), run.counts(), summary.invalid(),
                    Instant.now(), took));
        }
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        out.println(String.format(Locale.ROOT,
                "batch: %d lines read, %d assessed%s, %d invalid, %d failed in %.1f s (%.1f per second) -> %s%s",
                summary.read(), summary.assessed() + summary.resumed(),
                summary.resumed() > 0 ? " (" + summary.resumed() + " kept from the interrupted run)" : "",
                summary.invalid(), summary.failed(), seconds, summary.assessed() / seconds, this.out,
                report == null ? "" : ", report " + report));
        if (summary.failed() > 0) {
            return ExitCodes.FAILURE;
        }
        return summary.invalid() > 0 ? ExitCodes.INVALID : ExitCodes.OK;
    }

    private static void requireFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageProblem(file + ": the folder " + parent + " does not exist");
        }
    }

    private static void writeAtomically(Path target, String text) {
        try {
            Path temp = target.resolveSibling(target.getFileName() + ".partial");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
