package dev.clientele.benchmarks.jmh;

import dev.clientele.benchmarks.generate.SyntheticInteractions;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The engine's own cost per playbook: one cached tweet assessed by 1, 10 or 50
 * {@link TrivialPlaybook}s given to the builder (no built-in playbooks), each run isolated on the
 * engine's pool under its time budget as any plugin is.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlaybookScaleBenchmark {

    @Param({"1", "10", "50"})
    public int playbooks;

    private Clientele clientele;
    private InteractionInput[] inputs;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        clientele = Clientele.builder().timeBudget(DefaultEngine.TIME_BUDGET).playbooks(TrivialPlaybook.many(playbooks)).build();
        if (clientele.playbooks().size() != playbooks) {
            throw new IllegalStateException("expected " + playbooks + " playbooks, loaded " + clientele.playbooks().size()
                    + ": " + clientele.diagnostics());
        }
        SyntheticInteractions source = new SyntheticInteractions(99);
        inputs = new InteractionInput[64];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = source.tweet(i % 2 == 0 ? "pl" : "en");
            clientele.assess(inputs[i]);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        clientele.close();
    }

    @Benchmark
    public Assessment assess() {
        InteractionInput input = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return clientele.assess(input);
    }
}
