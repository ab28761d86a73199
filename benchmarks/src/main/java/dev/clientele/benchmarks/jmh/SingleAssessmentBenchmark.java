package dev.clientele.benchmarks.jmh;

import dev.clientele.benchmarks.generate.SyntheticInteractions;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.util.ArrayList;
import java.util.List;
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
 * One assessment with the built-in playbooks, one thread: throughput and latency percentiles.
 * {@code fresh} inputs are never in the engine's analysis cache (every turn text carries a serial
 * and the pool is larger than the cache, so the LRU always misses): the cost of a new message.
 * {@code cached} inputs were assessed before: the cost without text analysis.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SingleAssessmentBenchmark {

    /** More distinct turn texts than the engine's analysis cache holds (20,000). */
    static final int FRESH_TURNS = 24_000;
    static final int CACHED_POOL = 256;

    @Param({"tweet-pl", "tweet-en", "conversation-20"})
    public String shape;

    @Param({"fresh", "cached"})
    public String analysis;

    private Clientele clientele;
    private InteractionInput[] inputs;
    private int next;

    @Setup(Level.Trial)
    public void start() {
        clientele = DefaultEngine.start();
        SyntheticInteractions source = new SyntheticInteractions(shape.hashCode());
        boolean fresh = analysis.equals("fresh");
        int turnsEach = shape.equals("conversation-20") ? 20 : 1;
        int count = fresh ? FRESH_TURNS / turnsEach + 1 : CACHED_POOL;
        inputs = new InteractionInput[count];
        long serial = 0;
        for (int i = 0; i < count; i++) {
            InteractionInput input = switch (shape) {
                case "tweet-pl" -> source.tweet("pl");
                case "tweet-en" -> source.tweet("en");
                default -> source.conversation(i % 2 == 0 ? "pl" : "en", 20);
            };
            if (fresh) {
                List<TurnInput> unique = new ArrayList<>(input.turns().size());
                for (TurnInput turn : input.turns()) {
                    unique.add(new TurnInput(turn.at(), turn.from(), turn.text() + " #" + (++serial)));
                }
                input = new InteractionInput(input.id(), input.channel(), input.language(), input.requester(),
                        input.account(), input.context(), unique, input.asOf());
            } else {
                clientele.assess(input);
            }
            inputs[i] = input;
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
