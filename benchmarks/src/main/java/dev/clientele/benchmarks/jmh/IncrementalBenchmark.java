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
 * Re-assessing a conversation after one new customer turn, as an agent's screen does while the
 * customer types. The earlier turns were assessed before (their analysis is cached); the new turn
 * is a text the engine has never seen. {@link #prepareOnly} measures building the longer input
 * alone, which {@link #assessAfterOneNewTurn} includes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IncrementalBenchmark {

    @Param({"10", "100", "1000"})
    public int turns;

    private Clientele clientele;
    private SyntheticInteractions source;
    private InteractionInput conversation;

    @Setup(Level.Trial)
    public void start() {
        clientele = DefaultEngine.start();
        source = new SyntheticInteractions(turns);
        conversation = source.conversation("pl", turns);
        clientele.assess(conversation);
    }

    @TearDown(Level.Trial)
    public void stop() {
        clientele.close();
    }

    @Benchmark
    public Assessment assessAfterOneNewTurn() {
        return clientele.assess(source.withNewCustomerTurn(conversation));
    }

    @Benchmark
    public InteractionInput prepareOnly() {
        return source.withNewCustomerTurn(conversation);
    }
}
