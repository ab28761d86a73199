package dev.clientele.core.engine;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what isolation costs per playbook; a program, not a test, so nothing is asserted. It
 * assesses a ten-turn interaction with N trivial playbooks through the engine, and calls the same
 * playbooks directly on the same view; the difference per playbook is the price of the pooled
 * thread, the timed wait, screening and merging. JMH benchmarks (benchmarks/) measure it properly.
 * Usage: {@code java -cp <core test class path> dev.clientele.core.engine.IsolationOverhead [playbooks] [rounds]}.
 */
final class IsolationOverhead {

    private static final int BATCHES = 9;

    private IsolationOverhead() {
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        PrintStream out = System.out;
        Inputs conversation = Inputs.chat();
        for (int i = 0; i < 10; i++) {
            conversation = i % 2 == 0 ? conversation.customer("still waiting for the engineer, turn " + i)
                    : conversation.agent("checking with the field team, turn " + i);
        }
        InteractionInput input = conversation.build();
        List<Playbook> playbooks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            playbooks.add(KeywordPlaybook.of("bench.p" + i, "waiting", PatternIds.IMPATIENT, 0.3));
        }
        WordAnalyser analyser = new WordAnalyser();
        try (Clientele none = Clientele.builder().playbooks().textAnalyser(analyser).build();
             Clientele many = Clientele.builder().playbooks(playbooks.toArray(Playbook[]::new)).textAnalyser(analyser)
                     .timeBudget(Duration.ofSeconds(1)).build()) {
            InteractionView view = many.view(input);
            List<PlaybookRequest> requests = playbooks.stream()
                    .map(p -> new PlaybookRequest(view, many.contextOf(p.descriptor().id()).orElseThrow())).toList();
            for (int warm = 0; warm < 3; warm++) {
                timeEngine(none, input, rounds / 4);
                timeEngine(many, input, rounds / 4);
                timeDirect(playbooks, requests, rounds / 4);
            }
            // Alternating batches, then medians: other work on the machine hits all three alike.
            double[] without = new double[BATCHES];
            double[] with = new double[BATCHES];
            double[] directs = new double[BATCHES];
            for (int b = 0; b < BATCHES; b++) {
                without[b] = timeEngine(none, input, rounds / BATCHES);
                with[b] = timeEngine(many, input, rounds / BATCHES);
                directs[b] = timeDirect(playbooks, requests, rounds / BATCHES);
            }
            double engineWithout = median(without);
            double engineWith = median(with);
            double direct = median(directs);
            double perPlaybookEngine = (engineWith - engineWithout) / n;
            double perPlaybookDirect = direct / n;
            out.printf("assess, 0 playbooks:            %8.1f us%n", engineWithout / 1e3);
            out.printf("assess, %d playbooks:           %8.1f us%n", n, engineWith / 1e3);
            out.printf("direct calls, %d playbooks:     %8.1f us%n", n, direct / 1e3);
            out.printf("per playbook through engine:    %8.2f us%n", perPlaybookEngine / 1e3);
            out.printf("per playbook direct call:       %8.2f us%n", perPlaybookDirect / 1e3);
            out.printf("isolation overhead per playbook: %7.2f us%n", (perPlaybookEngine - perPlaybookDirect) / 1e3);
        }
    }

    private static double timeEngine(Clientele engine, InteractionInput input, int rounds) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            engine.assess(input);
        }
        return (System.nanoTime() - start) / (double) rounds;
    }

    private static double timeDirect(List<Playbook> playbooks, List<PlaybookRequest> requests, int rounds) {
        long start = System.nanoTime();
        int sink = 0;
        for (int i = 0; i < rounds; i++) {
            for (int p = 0; p < playbooks.size(); p++) {
                sink += playbooks.get(p).assess(requests.get(p)).size();
            }
        }
        if (sink == 42) {
            // Keeps the JIT from dropping the calls; never true for these playbooks.
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / (double) rounds;
    }
}
