package dev.clientele.core.internal.engine;

import dev.clientele.core.application.internal.InputValidation;
import dev.clientele.core.application.internal.InteractionMapping;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the catalogue's playbooks on interactions and merges what they say. Built once, used from
 * many threads; {@link #close()} stops its threads.
 */
public final class Engine implements AutoCloseable {

    /** How long a playbook's {@code start} may take before the playbook is left out. */
    static final Duration START_LIMIT = Duration.ofSeconds(10);
    /** Bounds of the per-turn analysis cache. */
    static final int CACHE_ENTRIES = 20_000;
    static final long CACHE_CHARACTERS = 8_000_000;
    /**
     * Bounds of the prepared turns kept per interaction; the turn bound matches the analysis cache's,
     * so that the analyses they hold on to stay within what that cache would hold anyway.
     */
    static final int PREPARED_INTERACTIONS = 1_024;
    static final long PREPARED_TURNS = CACHE_ENTRIES;

    private final TextAnalyser analyser;
    private final AnalysisCache analysis;
    private final PreparedTurns prepared = new PreparedTurns(PREPARED_INTERACTIONS, PREPARED_TURNS);
    private final Isolation isolation;
    private final double threshold;
    private final String fallbackLanguage;
    private final List<PlaybookCatalog.Entry> loaded;
    private final List<ActivePlaybook> active;
    private final List<Diagnostic> setupProblems;

    /**
     * Discovers and starts the playbooks.
     *
     * @param catalog   where the playbooks come from
     * @param analyser  the one text analysis every playbook shares
     * @param settings  every playbook's settings, keyed {@code <playbook id>.<key>}
     * @param budget    the time one playbook may take for one interaction; positive
     * @param threshold the lowest merged confidence reported, in [0, 1]
     * @param fallbackLanguage the language of an interaction that has none and whose turns do not tell it;
     *                  one of the analyser's languages
     */
    public Engine(PlaybookCatalog catalog, TextAnalyser analyser, Map<String, String> settings, Duration budget,
                  double threshold, String fallbackLanguage) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        if (!analyser.languages().contains(fallbackLanguage)) {
            throw new IllegalArgumentException("default language must be one of "
                    + analyser.languages().stream().sorted().toList() + " (the languages of the text analyser), got "
                    + fallbackLanguage);
        }
        this.fallbackLanguage = fallbackLanguage;
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("time budget must be positive, got " + budget);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("reporting threshold must be in [0, 1], got " + threshold);
        }
        this.threshold = threshold;
        this.analysis = new AnalysisCache(analyser, CACHE_ENTRIES, CACHE_CHARACTERS);
        this.isolation = new Isolation(budget, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        PlaybookCatalog.Contents contents = catalog.contents();
        List<Diagnostic> problems = new ArrayList<>(contents.problems());
        List<ActivePlaybook> started = new ArrayList<>();
        List<PlaybookCatalog.Entry> kept = new ArrayList<>();
        for (PlaybookCatalog.Entry entry : contents.playbooks()) {
            ActivePlaybook p = new ActivePlaybook(entry, HostContext.forPlaybook(entry.descriptor().id(), settings, analysis));
            Diagnostic failed = isolation.runOnce(p, () -> p.playbook().start(p.context()), START_LIMIT);
            if (failed == null) {
                started.add(p);
                kept.add(entry);
            } else {
                problems.add(failed);
            }
        }
        this.active = List.copyOf(started);
        this.loaded = List.copyOf(kept);
        this.setupProblems = sorted(problems);
    }

    /** The playbooks that were found, passed every check and started, by id. */
    public List<PlaybookCatalog.Entry> loaded() {
        return loaded;
    }

    /** The problems met while discovering and starting playbooks. */
    public List<Diagnostic> setupProblems() {
        return setupProblems;
    }

    /** The context a loaded playbook was started with. */
    public Optional<PlaybookContext> contextOf(String playbookId) {
        return active.stream().filter(p -> p.id().equals(playbookId)).map(p -> (PlaybookContext) p.context()).findFirst();
    }

    /** How many texts were really analysed so far; the rest came from the cache. */
    public long analysedTexts() {
        return analysis.analysedCount();
    }

    /** The view the playbooks would see for this input. */
    public InteractionView view(InteractionInput input) {
        return prepare(input).view();
    }

    /** Assesses one valid interaction; see {@code AssessInteraction}. */
    public Assessment assess(InteractionInput input) {
        Preparation preparation = prepare(input);
        InteractionView view = preparation.view();
        List<ActivePlaybook> applicable = active.stream()
                .filter(p -> p.descriptor().appliesTo(view.language(), view.channel()))
                .toList();
        List<Diagnostic> problems = new ArrayList<>(setupProblems);
        List<Merging.Contribution> contributions = new ArrayList<>();
        for (Isolation.Answer answer : isolation.runAll(applicable, p -> new PlaybookRequest(view, p.context()))) {
            problems.addAll(answer.problems());
            if (answer.result() != null) {
                Screening.Screened screened = Screening.screen(answer.playbook(), answer.result(), view);
                problems.addAll(screened.problems());
                contributions.add(new Merging.Contribution(answer.playbook().id(),
                        answer.playbook().descriptor().priority(), screened.result()));
            }
        }
        List<Observation> observed = Merging.observations(contributions, threshold);
        List<Advice> advice = Merging.recommendations(contributions);
        Interaction interaction = InteractionMapping.toInteraction(input, preparation.turns());
        EscalationAdvice escalation = Merging.escalation(contributions, interaction.escalationLevel());
        List<PartyToInvolve> involve = Merging.involve(contributions, view, problems);
        Intensity intensity = Merging.intensity(contributions, view);
        ServiceLevels sla = InteractionMapping.serviceLevels(interaction, Merging.commitments(contributions), view.asOf());
        return new Assessment(view.id(), view.language(), view.asOf(), observed, intensity, advice, escalation,
                involve, sla, sorted(problems));
    }

    /**
     * Validates {@code input} and builds its view and domain turns in one pass over the turns. The
     * turns it shares with the last input prepared for the same interaction are taken from that
     * preparation, so that re-assessing after a new turn costs about that turn; whatever is not
     * shared (other fields, the order at the seam, {@code asOf}, the language) is checked again.
     */
    private Preparation prepare(InteractionInput input) {
        PreparedTurns.Prepared previous = input == null || input.turns() == null ? null : prepared.get(input.id());
        int shared = 0;
        if (previous != null) {
            shared = previous.sharedTurns(input.turns());
            InputValidation.checkExtending(previous.input(), shared, input);
        } else {
            InputValidation.check(input);
        }
        String language = language(input);
        Instant asOf = InteractionMapping.asOf(input);
        boolean sameLanguage = previous != null && previous.language().equals(language);
        int knownViews = sameLanguage ? Math.min(shared, previous.views().length) : 0;
        List<TurnInput> given = input.turns();
        Turn[] domain = new Turn[given.size()];
        List<TurnView> views = new ArrayList<>(given.size());
        boolean said = true;
        for (int i = 0; i < given.size(); i++) {
            TurnInput t = given.get(i);
            domain[i] = i < shared ? previous.domain()[i] : InteractionMapping.turn(i, t, Speaker.fromId(t.from()));
            // Turns are in time order (validated), so once one is after asOf every later one is as well.
            said = said && !t.at().isAfter(asOf);
            if (said) {
                views.add(i < knownViews ? previous.views()[i]
                        : new TurnView(i, domain[i].from(), t.at(), t.text(), analysis.analyse(t.text(), language)));
            }
        }
        prepared.put(new PreparedTurns.Prepared(input, language, domain, views.toArray(TurnView[]::new)));
        return new Preparation(InteractionViews.of(input, language, asOf, views), Arrays.asList(domain));
    }

    /** A valid input's view, and the domain turns of all its turns, including those after its {@code asOf}. */
    private record Preparation(InteractionView view, List<Turn> turns) {
    }

    private String language(InteractionInput input) {
        String language = input.language();
        if (language == null) {
            Instant asOf = InteractionMapping.asOf(input);
            List<TurnInput> known = input.turns().stream().filter(t -> !t.at().isAfter(asOf)).toList();
            List<String> customer = known.stream().filter(t -> "customer".equals(t.from())).map(TurnInput::text).toList();
            List<String> all = known.stream().map(TurnInput::text).toList();
            // Agents and systems may write in a template language; the customer's words decide when there are any.
            language = analyser.detectLanguage(customer.isEmpty() ? all : customer);
            if (TextAnalyser.UNDETERMINED.equals(language) && !customer.isEmpty() && customer.size() < all.size()) {
                // "Password reset" alone does not tell, but the desk's replies are in the desk's language.
                language = analyser.detectLanguage(all);
            }
            if (TextAnalyser.UNDETERMINED.equals(language)) {
                language = fallbackLanguage;
            }
        }
        if (!analyser.languages().contains(language)) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("/language",
                    "must be one of " + String.join(", ", analyser.languages().stream().sorted().toList())
                            + " (the languages of the text analyser)")));
        }
        return language;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> problems) {
        return problems.stream().distinct()
                .sorted(Comparator.comparing(Diagnostic::playbook).thenComparing(Diagnostic::problem))
                .toList();
    }

    @Override
    public void close() {
        isolation.close();
    }
}
