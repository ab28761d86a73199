package dev.clientele.playbooks.testkit;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one playbook the way the engine runs it, for tests. {@link #assess} goes through the real
 * engine (discovery checks, isolation, merging) and returns an {@link Outcome} to assert on;
 * {@link #call} calls the playbook directly on the engine's view, so that its exceptions reach the test.
 * The engine is built on first use; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (PlaybookHarness harness = PlaybookHarness.of(new OutagePlaybook())) {
 *     harness.assess(InteractionBuilder.chat("c").language("en").customer("Internet is down again"))
 *            .observes("acme.outage-complaint").recommends("acme.outage.give-status");
 * }
 * }</pre>
 */
public final class PlaybookHarness implements AutoCloseable {

    /**
     * The budget of {@link #assess}: generous, so that functional tests do not fail on a cold JIT.
     * The contract checks the real budget separately.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(5);

    private final Playbook playbook;
    private final Map<String, String> configuration = new HashMap<>();
    private Duration budget = DEFAULT_BUDGET;
    private Clientele engine;

    private PlaybookHarness(Playbook playbook) {
        this.playbook = Objects.requireNonNull(playbook, "playbook");
    }

    /** A harness for this instance. */
    public static PlaybookHarness of(Playbook playbook) {
        return new PlaybookHarness(playbook);
    }

    /**
     * A harness for the playbook registered under {@code id} on the test's class path, found with
     * {@link ServiceLoader} exactly as the engine finds it.
     *
     * @throws AssertionError when no registered playbook has that id
     */
    public static PlaybookHarness byId(String id) {
        List<Playbook> found = ServiceLoader.load(Playbook.class, PlaybookHarness.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
        return found.stream().filter(p -> p.descriptor().id().equals(id)).findFirst().map(PlaybookHarness::new)
                .orElseThrow(() -> new AssertionError("no playbook with id " + id + " is registered on the class path; found "
                        + found.stream().map(p -> p.descriptor().id()).sorted().toList()));
    }

    /** Settings as the host would pass them, keyed {@code <playbook id>.<key>}. */
    public PlaybookHarness configuration(Map<String, String> settings) {
        requireNotBuilt();
        configuration.putAll(settings);
        return this;
    }

    /** The engine's time budget for {@link #assess}; default {@link #DEFAULT_BUDGET}. */
    public PlaybookHarness timeBudget(Duration budget) {
        requireNotBuilt();
        this.budget = Objects.requireNonNull(budget, "budget");
        return this;
    }

    public Playbook playbook() {
        return playbook;
    }

    public PlaybookDescriptor descriptor() {
        return playbook.descriptor();
    }

    /** The engine with only this playbook; reports why when the engine refused to load it. */
    public Clientele engine() {
        if (engine == null) {
            engine = Clientele.builder().playbooks(playbook).configuration(configuration).timeBudget(budget)
                    .textAnalyser(HostAnalyser.get()).reportingThreshold(0).build();
        }
        return engine;
    }

    /** The text analyser the engine uses, for checks on the playbook's texts. */
    public TextAnalyser textAnalyser() {
        return HostAnalyser.get();
    }

    /** Assesses through the engine, with reporting threshold 0 so that every observation is visible. */
    public Outcome assess(InteractionInput input) {
        return new Outcome(engine().assess(input));
    }

    public Outcome assess(InteractionBuilder input) {
        return assess(input.build());
    }

    /** The view the playbook sees for {@code input}. */
    public InteractionView view(InteractionInput input) {
        return engine().view(input);
    }

    /**
     * Calls the playbook directly on the engine's view and context, as the engine would, but
     * without isolation: an exception reaches the caller.
     *
     * @throws AssertionError when the engine refused to load the playbook
     */
    public PlaybookResult call(InteractionInput input) {
        return call(view(input));
    }

    /** Calls the playbook directly on a view made by {@link #view}. */
    public PlaybookResult call(InteractionView view) {
        PlaybookContext context = engine().contextOf(descriptor().id()).orElseThrow(() ->
                new AssertionError("the engine did not load " + descriptor().id() + ": " + engine().diagnostics()));
        return playbook.assess(new PlaybookRequest(view, context));
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    private void requireNotBuilt() {
        if (engine != null) {
            throw new IllegalStateException("configure the harness before its first use");
        }
    }

    /** What the engine concluded, with assertions that read like the contract. Each returns this. */
    public static final class Outcome {
        private final Assessment assessment;

        Outcome(Assessment assessment) {
            this.assessment = assessment;
        }

        public Assessment assessment() {
            return assessment;
        }

        public Outcome observes(String pattern) {
            assertThat(patterns()).as("observed patterns").contains(pattern);
            return this;
        }

        /** Observes {@code pattern} with at least {@code confidence}. */
        public Outcome observes(String pattern, double confidence) {
            observes(pattern);
            assertThat(assessment.observed().stream().filter(o -> o.pattern().equals(pattern)).findFirst().orElseThrow()
                    .confidence()).as("confidence of " + pattern).isGreaterThanOrEqualTo(confidence);
            return this;
        }

        public Outcome doesNotObserve(String pattern) {
            assertThat(patterns()).as("observed patterns").doesNotContain(pattern);
            return this;
        }

        public Outcome observesNothing() {
            assertThat(patterns()).as("observed patterns").isEmpty();
            return this;
        }

        public Outcome recommends(String tactic) {
            assertThat(tactics()).as("recommended tactics").contains(tactic);
            return this;
        }

        public Outcome doesNotRecommend(String tactic) {
            assertThat(tactics()).as("recommended tactics").doesNotContain(tactic);
            return this;
        }

        public Outcome recommendsKind(Recommendation.Kind kind) {
            assertThat(assessment.recommendations()).extracting(Advice::kind).as("kinds of advice").contains(kind);
            return this;
        }

        /** The advice for {@code tactic} contains {@code words}, ignoring case. */
        public Outcome advises(String tactic, String words) {
            recommends(tactic);
            assertThat(assessment.recommendations().stream().filter(a -> a.tactic().equals(tactic)).findFirst().orElseThrow()
                    .text()).containsIgnoringCase(words);
            return this;
        }

        public Outcome escalatesTo(EscalationLevel level) {
            assertThat(assessment.escalation().to()).as("escalation").contains(level);
            return this;
        }

        public Outcome doesNotEscalate() {
            assertThat(assessment.escalation().recommended()).as("escalation recommended").isFalse();
            return this;
        }

        public Outcome involves(Role role) {
            assertThat(assessment.involve()).extracting(PartyToInvolve::role).as("roles involved").contains(role);
            return this;
        }

        public Outcome trend(Intensity.Trend trend) {
            assertThat(assessment.intensity().trend()).as("intensity trend").isEqualTo(trend);
            return this;
        }

        public Outcome hasNoDiagnostics() {
            assertThat(assessment.diagnostics()).as("diagnostics").isEmpty();
            return this;
        }

        private List<String> patterns() {
            return assessment.observed().stream().map(Observation::pattern).toList();
        }

        private List<String> tactics() {
            return assessment.recommendations().stream().map(Advice::tactic).toList();
        }
    }
}
