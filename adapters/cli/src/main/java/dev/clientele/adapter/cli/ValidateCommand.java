package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.InteractionFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code clientele validate FILE}: checks input against the contract without assessing it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check interactions against clientele.interaction/v1 without assessing them.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele validate examples/interactions/en-cancel-contract.json",
                "  clientele validate export.jsonl 2> problems.txt",
                "",
                "Exit code 0 when every interaction is valid; 2 otherwise, with one line per problem on",
                "standard error: FILE:LINE: /pointer: message (see docs/errors.md#input-errors)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "clientele.interaction/v1 as one document, JSON Lines (.jsonl), or - for standard input.")
    String file;

    private final InputStream stdin;

    ValidateCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InteractionFiles.Tally tally = InteractionFiles.read(file, stdin, located -> { }, err::println);
        long total = tally.valid() + tally.invalid();
        if (total == 0) {
            err.println("clientele: " + file + ": no interaction found");
            return ExitCodes.INVALID;
        }
        if (tally.invalid() > 0) {
            out.println(file + ": " + tally.invalid() + " of " + total + (total == 1 ? " interaction" : " interactions")
                    + " invalid");
            return ExitCodes.INVALID;
        }
        out.println(file + ": " + total + (total == 1 ? " interaction" : " interactions") + ", all valid");
        return ExitCodes.OK;
    }
}
