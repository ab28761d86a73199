package dev.clientele.benchmarks.jmh;

import dev.clientele.benchmarks.generate.SyntheticInteractions;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.defaults.EscalationPlaybook;
import dev.clientele.playbooks.defaults.RecognitionPlaybook;
import dev.clientele.playbooks.defaults.ServicePlaybook;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookRequest;

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
 * Where the time of {@link IncrementalBenchmark} goes: the same re-assessment after one new turn,
 * split into building the analysed view (validation, mapping, cached analysis) and each built-in
 * playbook on a view built beforehand, at 10 and 1,000 turns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IncrementalBreakdownBenchmark {

    @Param({"10", "1000"})
    public int turns;

    private Clientele clientele;
    private SyntheticInteractions source;
    private InteractionInput conversation;
    private InteractionView view;
    private Playbook recognition;
    private Playbook escalation;
    private Playbook service;
    private PlaybookContext context;

    @Setup(Level.Trial)
    public void start() {
        clientele = DefaultEngine.start();
        source = new SyntheticInteractions(turns);
        conversation = source.conversation("pl", turns);
        clientele.assess(conversation);
        context = clientele.contextOf(RecognitionPlaybook.ID).orElseThrow();
        recognition = started(new RecognitionPlaybook());
        escalation = started(new EscalationPlaybook());
        service = started(new ServicePlaybook());
    }

    private Playbook started(Playbook playbook) {
        playbook.start(context);
        return playbook;
    }

    @Setup(Level.Invocation)
    public void newTurn() {
        // A view with one new turn, analysed outside the measurement: the playbooks' share alone.
        view = clientele.view(source.withNewCustomerTurn(conversation));
    }

    @TearDown(Level.Trial)
    public void stop() {
        clientele.close();
    }

    @Benchmark
    public InteractionView view() {
        return clientele.view(source.withNewCustomerTurn(conversation));
    }

    @Benchmark
    public PlaybookResult recognition() {
        return recognition.assess(new PlaybookRequest(view, context));
    }

    @Benchmark
    public PlaybookResult escalation() {
        return escalation.assess(new PlaybookRequest(view, context));
    }

    @Benchmark
    public PlaybookResult service() {
        return service.assess(new PlaybookRequest(view, context));
    }
}
