package com.example.crm;

import dev.clientele.adapter.crm.zendesk.ZendeskImport;
import dev.clientele.adapter.json.imports.ImportProblem;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.AssessInteraction;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.api.EscalationLevel;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Assesses imported tickets and puts the ones that need escalation first: a recommended escalation
 * before none, a manager before a supervisor before a specialist, then the more intense customer,
 * then the ticket id so that the order is the same on every run.
 *
 * <p>Run it with {@code mvn -q -pl examples/crm-integration exec:java} (after {@code mvn install}
 * or from a full build), or pass the folder of another Zendesk export as the first argument.
 */
public final class EscalationQueue {

    /** The order of the queue, most urgent first. */
    public static final Comparator<QueueEntry> MOST_URGENT_FIRST = Comparator
            .comparing((QueueEntry e) -> !e.needsEscalation())
            .thenComparing(e -> -e.assessment().escalation().to().map(EscalationLevel::rank).orElse(-1))
            .thenComparing(e -> -e.assessment().intensity().level())
            .thenComparing(e -> e.interaction().id());

    private final AssessInteraction engine;

    /** @param engine assesses each interaction; usually a {@link Clientele} */
    public EscalationQueue(AssessInteraction engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Assesses every interaction and returns them most urgent first.
     *
     * @throws dev.clientele.core.application.port.in.InvalidInputException when an interaction breaks the
     *                                                                      contract (an importer never produces one)
     */
    public List<QueueEntry> rank(List<InteractionInput> interactions) {
        return interactions.stream()
                .map(interaction -> new QueueEntry(interaction, engine.assess(interaction)))
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }

    /** Imports the Zendesk export in {@code args[0]} (default {@code zendesk-export}) and prints the queue. */
    public static void main(String[] args) {
        Path export = Path.of(args.length > 0 ? args[0] : "zendesk-export");
        ImportResult imported = ZendeskImport.withDefaults().read(export);
        for (ImportProblem problem : imported.problems()) {
            System.out.println("import: " + problem);
        }
        try (Clientele clientele = Clientele.builder().build()) {
            List<QueueEntry> queue = new EscalationQueue(clientele).rank(imported.interactions());
            System.out.printf("%d tickets from %s, most urgent first:%n", queue.size(), export);
            int position = 1;
            for (QueueEntry entry : queue) {
                System.out.printf("%2d. ticket %-6s %-6s %s%n", position++, entry.interaction().id(),
                        entry.interaction().channel(), entry.why());
            }
        }
    }
}
