package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.Engines;
import dev.clientele.core.Clientele;
import dev.clientele.core.LoadedPlaybook;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code clientele playbooks}: what the engine discovered, and what it refused. */
@Command(name = "playbooks", mixinStandardHelpOptions = true,
        description = "List the discovered playbooks: id, version, API version, patterns and source jar.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele playbooks",
                "  clientele playbooks --plugins ./plugins --format json",
                "",
                "Playbooks that could not be loaded are listed on standard error with the reason."})
final class PlaybooksCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "text: one block per playbook (default); json: one object per line.")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Clientele engine = Engines.start(common.plugins, common.timeBudgetMillis, common.defaultLanguage)) {
            List<LoadedPlaybook> playbooks = engine.playbooks();
            for (LoadedPlaybook p : playbooks) {
                PlaybookDescriptor d = p.descriptor();
                if (format == OutputFormat.json) {
                    out.println(json(p));
                } else {
                    out.println(d.id() + " " + d.version());
                    out.println("  API version: " + d.apiVersion());
                    out.println("  languages:   " + String.join(", ", new TreeSet<>(d.languages())));
                    out.println("  patterns:    " + (d.patterns().isEmpty() ? "none" : String.join(", ", new TreeSet<>(d.patterns()))));
                    out.println("  source:      " + p.source());
                }
            }
            for (Diagnostic d : engine.diagnostics()) {
                err.println("clientele: playbook " + d.playbook() + ": " + d.problem());
            }
            if (format == OutputFormat.text) {
                out.println(playbooks.size() + (playbooks.size() == 1 ? " playbook" : " playbooks") + " loaded");
            }
            return ExitCodes.OK;
        }
    }

    private static String json(LoadedPlaybook p) {
        PlaybookDescriptor d = p.descriptor();
        com.fasterxml.jackson.databind.node.ObjectNode node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("id", d.id());
        node.put("version", d.version());
        node.put("apiVersion", d.apiVersion().toString());
        d.languages().stream().sorted().forEach(node.putArray("languages")::add);
        d.patterns().stream().sorted().forEach(node.putArray("patterns")::add);
        node.put("source", p.source());
        return node.toString();
    }
}
