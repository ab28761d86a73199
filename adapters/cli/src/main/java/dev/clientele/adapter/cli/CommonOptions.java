package dev.clientele.adapter.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every command accepts. */
final class CommonOptions {

    @Option(names = "--debug", description = "Print the stack trace of an internal failure.")
    boolean debug;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also load vendor playbook jars from this folder.")
    Path plugins;
}
