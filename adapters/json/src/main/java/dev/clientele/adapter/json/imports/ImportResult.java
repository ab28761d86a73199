package dev.clientele.adapter.json.imports;

import dev.clientele.core.application.port.in.InteractionInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one import produced: interactions sorted by id, problems sorted by record, and the
 * ids of interactions the source already marks as escalated.
 *
 * @param interactions      the imported interactions, sorted by id
 * @param problems          records left out or imported under an assumption, sorted
 * @param escalatedInSource ids among {@code interactions} that the source system marks as escalated
 */
public record ImportResult(List<InteractionInput> interactions, List<ImportProblem> problems,
                           Set<String> escalatedInSource) {

    public ImportResult {
        interactions = interactions.stream().sorted(Comparator.comparing(InteractionInput::id)).toList();
        problems = problems.stream().sorted().toList();
        escalatedInSource = Set.copyOf(escalatedInSource);
        Set<String> ids = new TreeSet<>();
        for (InteractionInput interaction : interactions) {
            if (!ids.add(interaction.id())) {
                throw new IllegalArgumentException("interaction " + interaction.id() + " imported twice");
            }
        }
        if (!ids.containsAll(escalatedInSource)) {
            throw new IllegalArgumentException("an escalated id names an interaction that was not imported");
        }
    }

    /** Only the problems that left a record out. */
    public List<ImportProblem> skipped() {
        return problems.stream().filter(p -> p.outcome() == ImportProblem.Outcome.SKIPPED).toList();
    }

    /** A sink that gathers an import into a result; {@link Collector#result()} returns it. */
    public static Collector collector() {
        return new Collector();
    }

    /** Gathers calls into an {@link ImportResult}. Not thread-safe; one import at a time. */
    public static final class Collector implements ImportSink {

        private final List<InteractionInput> interactions = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> escalated = new TreeSet<>();

        private Collector() {
        }

        @Override
        public void interaction(InteractionInput interaction) {
            interactions.add(interaction);
        }

        @Override
        public void problem(ImportProblem problem) {
            problems.add(problem);
        }

        @Override
        public void escalatedInSource(String interactionId) {
            escalated.add(interactionId);
        }

        /** What was gathered so far. */
        public ImportResult result() {
            return new ImportResult(interactions, problems, escalated);
        }
    }
}
