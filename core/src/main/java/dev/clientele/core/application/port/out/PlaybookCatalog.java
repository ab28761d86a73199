package dev.clientele.core.application.port.out;

import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookDescriptor;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where the engine gets its playbooks from. The application never sees how they were found
 * ({@link java.util.ServiceLoader}, a plugin folder, a module layer or a fixed list in a test);
 * it only receives playbooks that passed the host's checks, and the problems met on the way.
 */
public interface PlaybookCatalog {

    /**
     * The usable playbooks and the discovery problems. Called once per engine; may instantiate
     * vendor code, so it must never throw because of one broken playbook.
     */
    Contents contents();

    /**
     * One usable playbook.
     *
     * @param playbook   the instance; its {@code start} has not been called yet
     * @param descriptor its descriptor, read once during discovery
     * @param source     where it came from: a jar path, {@code class path}, a module, or {@code given instance}
     */
    record Entry(Playbook playbook, PlaybookDescriptor descriptor, String source) {
        public Entry {
            Objects.requireNonNull(playbook, "playbook");
            Objects.requireNonNull(descriptor, "descriptor");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * What discovery produced.
     *
     * @param playbooks usable playbooks with unique ids, sorted by id
     * @param problems  one entry per refused or broken provider, sorted by playbook then problem
     */
    record Contents(List<Entry> playbooks, List<Diagnostic> problems) {
        public Contents {
            playbooks = playbooks.stream().sorted(Comparator.comparing(e -> e.descriptor().id())).toList();
            problems = problems.stream()
                    .sorted(Comparator.comparing(Diagnostic::playbook).thenComparing(Diagnostic::problem))
                    .toList();
            long distinct = playbooks.stream().map(e -> e.descriptor().id()).distinct().count();
            if (distinct != playbooks.size()) {
                throw new IllegalArgumentException("a catalogue holds each playbook id once");
            }
        }
    }
}
