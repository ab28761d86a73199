package dev.clientele.adapter.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command accepts. */
final class CommonOptions {

    @Option(names = "--debug", description = "Print the stack trace of an internal failure.")
    boolean debug;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also load vendor playbook jars from this folder.")
    Path plugins;

    // A one-shot command runs on a cold JVM, where the first calls are many times slower than in a
    // warmed-up server; the engine's 50 ms default would skip playbooks at random.
    @Option(names = "--time-budget", paramLabel = "MILLIS", defaultValue = "2000",
            description = "Time one playbook may take per interaction before it is skipped (default: ${DEFAULT-VALUE} ms).")
    long timeBudgetMillis;

    @Option(names = "--default-language", paramLabel = "LANG",
            description = "Language (pl or en) of interactions that give none and whose turns do not tell it (default: en).")
    String defaultLanguage;
}
