package dev.clientele.adapter.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A command line naming its subcommand builds only that one, which must be the same command as in the whole tree. */
class SubcommandTreeTests {

    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    @Test
    void eachSubcommandAloneHasTheSameUsageNameAndParentAsInTheWholeTree() {
        CommandLine whole = Main.commandLine(NO_INPUT);
        assertThat(whole.getSubcommands()).hasSize(6);
        for (String name : whole.getSubcommands().keySet()) {
            CommandLine alone = Main.commandLine(NO_INPUT, name);

            assertThat(alone.getSubcommands()).containsOnlyKeys(name);
            CommandLine sub = alone.getSubcommands().get(name);
            assertThat(sub.getUsageMessage()).isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
            assertThat(sub.getCommandSpec().qualifiedName()).isEqualTo("clientele " + name);
        }
    }

    @Test
    void aFirstWordThatIsNoSubcommandGetsTheWholeTree() {
        assertThat(Main.commandLine(NO_INPUT, "--help").getSubcommands()).hasSize(6);
        assertThat(Main.commandLine(NO_INPUT, "asses").getSubcommands()).hasSize(6);
    }

    @Test
    void aSubcommandAloneStillReportsUsageProblemsWithItsOwnHelpHint() {
        Run run = Run.of("assess", "--no-such-option", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("clientele: Unknown option: '--no-such-option'")
                .contains("(see 'clientele assess --help')");
    }
}
