package dev.clientele.benchmarks.jmh;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.benchmarks.drools.DroolsPeer;
import dev.clientele.benchmarks.drools.PeerVerdict;
import dev.clientele.benchmarks.generate.SyntheticInteractions;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.api.InteractionView;

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
 * The engine with its built-in playbooks against the Drools peer, on the same inputs. Text
 * analysis is done beforehand for both: every input was assessed once, so the engine's analysis
 * cache holds every turn. {@link #clientele} and {@link #drools} both validate the input and build
 * the analysed view through the engine ({@code Clientele.view}); {@link #droolsOnPreparedViews}
 * runs the rules alone on views built beforehand, the best case for Drools. The engine runs all
 * twelve patterns, advice, intensity and service clocks; the peer only its subset.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DroolsPeerBenchmark {

    static final int POOL = 512;

    /** The engine, and the inputs it has already analysed. */
    @State(Scope.Thread)
    public static class Inputs {

        @Param({"tweet", "conversation-20"})
        public String shape;

        Clientele clientele;
        InteractionInput[] inputs;
        InteractionView[] views;
        private int next;

        @Setup(Level.Trial)
        public void start() {
            clientele = DefaultEngine.rulesOnly();
            SyntheticInteractions source = new SyntheticInteractions(shape.hashCode() + 1L);
            inputs = new InteractionInput[POOL];
            views = new InteractionView[POOL];
            for (int i = 0; i < POOL; i++) {
                String language = i % 2 == 0 ? "pl" : "en";
                inputs[i] = shape.equals("tweet") ? source.tweet(language) : source.conversation(language, 20);
                clientele.assess(inputs[i]);
                views[i] = clientele.view(inputs[i]);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            clientele.close();
        }

        int advance() {
            int current = next;
            next = next + 1 == POOL ? 0 : next + 1;
            return current;
        }
    }

    /** The compiled rule base. */
    @State(Scope.Benchmark)
    public static class Rules {

        DroolsPeer peer;

        @Setup(Level.Trial)
        public void start() {
            peer = DroolsPeer.start(new StandardTextAnalyser()::analyse);
        }
    }

    @Benchmark
    public Assessment clientele(Inputs in) {
        return in.clientele.assess(in.inputs[in.advance()]);
    }

    @Benchmark
    public PeerVerdict drools(Inputs in, Rules rules) {
        return rules.peer.assess(in.clientele.view(in.inputs[in.advance()]));
    }

    @Benchmark
    public PeerVerdict droolsOnPreparedViews(Inputs in, Rules rules) {
        return rules.peer.assess(in.views[in.advance()]);
    }
}
