package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.UsageProblem;
import dev.clientele.adapter.crm.salesforce.SalesforceImport;
import dev.clientele.adapter.crm.zendesk.ZendeskImport;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportSink;
import dev.clientele.core.application.port.in.InteractionInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code clientele import zendesk|salesforce PATH --out OUT.jsonl}: a CRM export to interactions. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn a Zendesk or Salesforce export into interactions, one clientele.interaction/v1 per line. "
                + "Records that cannot be mapped are reported on standard error with their id and reason; the rest "
                + "still imports. See docs/crm.md for the mappings.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele import zendesk zendesk-export/ --out tickets.jsonl",
                "  clientele import zendesk export.jsonl --payer-field billing_contact --out tickets.jsonl",
                "  clientele import salesforce data/sample-data-plan.json --out cases.jsonl",
                "  clientele import zendesk export.jsonl --out tickets.jsonl",
                "  clientele batch tickets.jsonl --out assessments.jsonl",
                "",
                "Exit code 0 when at least one interaction was imported, 2 when none could be."})
final class ImportCommand implements Callable<Integer> {

    /** The CRM systems an export can come from. */
    enum Source { zendesk, salesforce }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "zendesk|salesforce", description = "Where the export comes from: ${COMPLETION-CANDIDATES}.")
    Source source;

    @Parameters(index = "1", paramLabel = "PATH", description = "An export file, a Salesforce plan file, or a folder of export files.")
    Path path;

    @Option(names = "--out", required = true, paramLabel = "OUT.jsonl", description = "Where to write the interactions.")
    Path out;

    @Option(names = "--tier-field", paramLabel = "FIELD",
            description = "The organization (Zendesk) or Account (Salesforce) field holding the contract tier.")
    String tierField;

    @Option(names = "--payer-field", paramLabel = "KEY", description = "Zendesk: a user field that marks who pays.")
    String payerField;

    @Option(names = "--payer-tag", paramLabel = "TAG", description = "Zendesk: a user tag that marks who pays (default: payer).")
    String payerTag;

    @Option(names = "--decision-maker-field", paramLabel = "KEY", description = "Zendesk: a user field that marks who decides.")
    String decisionMakerField;

    @Option(names = "--decision-maker-tag", paramLabel = "TAG",
            description = "Zendesk: a user tag that marks who decides (default: decision_maker).")
    String decisionMakerTag;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(path)) {
            throw new UsageProblem(path + ": no such file or folder");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageProblem(out + ": the folder " + parent + " does not exist");
        }
        if (source == Source.salesforce && (payerField != null || payerTag != null || decisionMakerField != null
                || decisionMakerTag != null)) {
            throw new UsageProblem("--payer-* and --decision-maker-* apply to zendesk only: Salesforce roles come from "
                    + "AccountContactRelation.Roles");
        }
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        long[] counts = new long[4];
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
            ImportSink sink = new ImportSink() {
                @Override
                public void interaction(InteractionInput interaction) {
                    try {
                        InteractionJson.write(interaction, writer);
                        writer.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0]++;
                }

                @Override
                public void problem(ImportProblem problem) {
                    counts[problem.outcome() == ImportProblem.Outcome.SKIPPED ? 1 : 2]++;
                    err.println("clientele: " + path + ": " + problem);
                }

                @Override
                public void escalatedInSource(String interactionId) {
                    counts[3]++;
                }
            };
            switch (source) {
                case zendesk -> zendesk().read(path, sink);
                case salesforce -> salesforce().read(path, sink);
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try {
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        }
        stdout.println("import " + source + ": " + counts[0] + " interactions -> " + out + "; " + counts[1]
                + " records skipped, " + counts[2] + " imported with assumptions, " + counts[3]
                + " already escalated in " + source);
        return counts[0] > 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    private ZendeskImport zendesk() {
        ZendeskImport.Builder builder = ZendeskImport.builder();
        if (payerField != null) {
            builder.payerField(payerField);
        }
        if (payerTag != null) {
            builder.payerTag(payerTag);
        }
        if (decisionMakerField != null) {
            builder.decisionMakerField(decisionMakerField);
        }
        if (decisionMakerTag != null) {
            builder.decisionMakerTag(decisionMakerTag);
        }
        if (tierField != null) {
            builder.tierField(tierField);
        }
        return builder.build();
    }

    private SalesforceImport salesforce() {
        SalesforceImport.Builder builder = SalesforceImport.builder();
        if (tierField != null) {
            builder.tierField(tierField);
        }
        return builder.build();
    }
}
