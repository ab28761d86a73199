package dev.clientele.benchmarks.jmh;

import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.util.List;
import java.util.Set;

/**
 * A vendor playbook that does almost nothing: it looks for one lemma in the last turn. Many of
 * them measure what the engine itself spends per playbook (isolation, screening, merging).
 */
public final class TrivialPlaybook implements Playbook {

    private final PlaybookDescriptor descriptor;
    private final String pattern;

    /** The playbook {@code bench.trivial-<number>}, reporting {@code bench.refund-<number>}. */
    public TrivialPlaybook(int number) {
        this.pattern = "bench.refund-" + number;
        this.descriptor = PlaybookDescriptor.of("bench.trivial-" + number, "1.0", Set.of("pl", "en"), Set.of(pattern));
    }

    /** {@code count} playbooks numbered from 1. */
    public static TrivialPlaybook[] many(int count) {
        TrivialPlaybook[] playbooks = new TrivialPlaybook[count];
        for (int i = 0; i < count; i++) {
            playbooks[i] = new TrivialPlaybook(i + 1);
        }
        return playbooks;
    }

    @Override
    public PlaybookDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public PlaybookResult assess(PlaybookRequest request) {
        List<TurnView> turns = request.interaction().turns();
        TurnView last = turns.get(turns.size() - 1);
        if (last.analysis().hasLemma("zwrot") || last.analysis().hasLemma("refund")) {
            return PlaybookResult.builder().observe(Observation.of(pattern, 0.6, last.index(), last.text())).build();
        }
        return PlaybookResult.EMPTY;
    }
}
