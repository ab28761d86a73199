package dev.clientele.adapter.cli;

import dev.clientele.playbooks.spi.ApiVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/** The {@code clientele} command: only dispatches to its subcommands. */
@Command(name = "clientele",
        mixinStandardHelpOptions = true,
        versionProvider = ClienteleCommand.Version.class,
        description = "Recognises stress-driven behaviour patterns in customer conversations and advises the agent.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele assess examples/interactions/pl-nervous-manager.json --format text",
                "  clientele validate examples/interactions/batch.jsonl",
                "  clientele batch in.jsonl --out out.jsonl --report report.html",
                "",
                "Exit codes: 0 success, 1 internal failure, 2 invalid input or usage."})
final class ClienteleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The subcommands' names, in the order they are listed. */
    private static final List<String> SUBCOMMANDS = List.of("assess", "validate", "eval", "playbooks", "batch", "import");

    /** Adds the subcommands, each reading {@code -} from this command's standard input. */
    static CommandLine withSubcommands(CommandLine cli, InputStream stdin) {
        for (String name : SUBCOMMANDS) {
            cli.addSubcommand(subcommand(name, stdin));
        }
        return cli;
    }

    /**
     * Adds only the subcommand named {@code name}, when there is one: picocli reads every
     * subcommand's annotations when it is added, a cost a one-shot command need not pay for the
     * five it does not run.
     *
     * @return whether {@code name} is a subcommand
     */
    static boolean withSubcommand(CommandLine cli, InputStream stdin, String name) {
        if (!SUBCOMMANDS.contains(name)) {
            return false;
        }
        cli.addSubcommand(subcommand(name, stdin));
        return true;
    }

    private static Object subcommand(String name, InputStream stdin) {
        return switch (name) {
            case "assess" -> new AssessCommand(stdin);
            case "validate" -> new ValidateCommand(stdin);
            case "eval" -> new EvalCommand();
            case "playbooks" -> new PlaybooksCommand();
            case "batch" -> new BatchCommand();
            case "import" -> new ImportCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    /** Prints the tool's version and the playbook API version it hosts. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {
                    "clientele " + properties.getProperty("version", "unknown"),
                    "playbook API " + ApiVersion.CURRENT,
                    "Java " + System.getProperty("java.version")};
        }
    }
}
