package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.Engines;
import dev.clientele.adapter.cli.internal.InteractionFiles;
import dev.clientele.adapter.cli.internal.TextSummary;
import dev.clientele.adapter.cli.internal.UsageProblem;
import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code clientele assess FILE}: one assessment per interaction, as the contract's JSON or as text. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess one interaction, or each line of a JSON Lines file (.jsonl), and print the assessment.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele assess examples/interactions/pl-nervous-manager.json --format text",
                "  clientele assess examples/interactions/batch.jsonl > assessments.jsonl",
                "  clientele assess case.json --as-of 2026-03-02T09:20:00Z",
                "  cat case.json | clientele assess -",
                "",
                "Invalid documents are reported on standard error as FILE:LINE: /pointer: message and the",
                "exit code is 2; the other lines of a JSON Lines file are still assessed."})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "clientele.interaction/v1 as one document, JSON Lines (.jsonl), or - for standard input.")
    String file;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json: one clientele.assessment/v1 per line (default); text: a readable summary.")
    OutputFormat format;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Assess at this moment (ISO-8601, e.g. 2026-03-02T09:20:00Z) instead of the document's asOf.")
    String asOf;

    private final InputStream stdin;

    AssessCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        Instant moment = asOf == null ? null : instant(asOf);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] first = {true};
        long[] rejected = {0};
        long[] failed = {0};
        // The engine is built while the input is read and checked: each takes a good part of a cold start.
        try (Engines.Starting engine = Engines.startInBackground(common.plugins, common.timeBudgetMillis, common.defaultLanguage)) {
            // Waiting for the engine before the first word on standard error keeps a failed build
            // reported first, as when the engine was built before reading.
            Consumer<String> problem = line -> {
                engine.get();
                err.println(line);
            };
            InteractionFiles.Tally tally;
            try {
                tally = InteractionFiles.read(file, stdin, located -> {
                    InteractionInput input = moment == null ? located.input() : withAsOf(located.input(), moment);
                    Assessment assessment;
                    try {
                        assessment = engine.get().assess(input);
                    } catch (InvalidInputException e) {
                        e.violations().forEach(v -> err.println(file + ":" + located.line() + ": " + v));
                        rejected[0]++;
                        return;
                    } catch (RuntimeException e) {
                        // One interaction the engine cannot handle must not cost the others of a JSON Lines file.
                        err.println(file + ":" + located.line() + ": internal failure: "
                                + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
                        if (common.debug) {
                            e.printStackTrace(err);
                        }
                        failed[0]++;
                        return;
                    }
                    if (format == OutputFormat.text) {
                        if (!first[0]) {
                            out.println();
                        }
                        out.print(TextSummary.of(assessment));
                    } else {
                        out.println(AssessmentJson.write(assessment));
                    }
                    first[0] = false;
                    out.flush();
                }, problem);
            } catch (RuntimeException e) {
                engine.get();
                throw e;
            }
            engine.get();
            if (tally.valid() == 0 && tally.invalid() == 0) {
                err.println("clientele: " + file + ": no interaction found");
            }
            if (failed[0] > 0) {
                return ExitCodes.FAILURE;
            }
            return tally.invalid() == 0 && rejected[0] == 0 && !first[0] ? ExitCodes.OK : ExitCodes.INVALID;
        }
    }

    static Instant instant(String text) {
        try {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            throw new UsageProblem("--as-of " + text + ": must be an ISO-8601 instant such as 2026-03-02T09:15:00Z");
        }
    }

    private static InteractionInput withAsOf(InteractionInput in, Instant asOf) {
        return new InteractionInput(in.id(), in.channel(), in.language(), in.requester(), in.account(), in.context(),
                in.turns(), asOf);
    }
}
