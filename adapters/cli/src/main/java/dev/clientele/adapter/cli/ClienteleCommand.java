package dev.clientele.adapter.cli;

import dev.clientele.playbooks.spi.ApiVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
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

    /** Adds the subcommands, each reading {@code -} from this command's standard input. */
    static CommandLine withSubcommands(CommandLine cli, InputStream stdin) {
        return cli.addSubcommand(new AssessCommand(stdin))
                .addSubcommand(new ValidateCommand(stdin))
                .addSubcommand(new EvalCommand())
                .addSubcommand(new PlaybooksCommand())
                .addSubcommand(new BatchCommand())
                .addSubcommand(new ImportCommand());
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
