package dev.clientele.playbooks.testkit;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.Playbook;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

/**
 * The mandatory requirements of {@code docs/writing-a-playbook.md} as tests. Implement it in a test
 * class of your playbook project, supply {@link #playbook()} and {@link #examples()}, and JUnit runs
 * every requirement. Each test names the requirement it checks (MUST 1 to MUST 9).
 *
 * <pre>{@code
 * class OutagePlaybookContractTests implements PlaybookContract {
 *     public Playbook playbook() { return new OutagePlaybook(); }
 *     public List<InteractionInput> examples() { return List.of(...); }
 * }
 * }</pre>
 */
public interface PlaybookContract {

    /** How many generated interactions each property tries. */
    int GENERATED_EXAMPLES = 150;

    /** A fresh instance of the playbook under test. */
    Playbook playbook();

    /**
     * Interactions on which the playbook gives advice: at least one per declared language, with
     * {@code language} set. MUST 6 checks the language of the advice on them.
     */
    default List<InteractionInput> examples() {
        return List.of();
    }

    /** The settings the playbook is tested with, keyed {@code <playbook id>.<key>}. */
    default Map<String, String> configuration() {
        return Map.of();
    }

    /** The time budget the playbook must meet; the engine's default unless your deployment sets another. */
    default Duration budget() {
        return Clientele.DEFAULT_TIME_BUDGET;
    }

    private PlaybookHarness harness() {
        return PlaybookHarness.of(playbook()).configuration(configuration());
    }

    private List<String> testableLanguages(PlaybookHarness h) {
        Set<String> languages = new TreeSet<>(h.descriptor().languages());
        languages.retainAll(h.textAnalyser().languages());
        assertThat(languages).as("declared languages the host can analyse (the host analyses %s)",
                h.textAnalyser().languages()).isNotEmpty();
        return List.copyOf(languages);
    }

    private Gen<InteractionInput> generated(PlaybookHarness h) {
        List<String> languages = testableLanguages(h);
        Gen<InteractionInput> gen = Interactions.in(languages.get(0));
        for (String language : languages.subList(1, languages.size())) {
            gen = gen.mix(Interactions.in(language));
        }
        return gen;
    }

    /** MUST 1: a namespaced id, a compatible API version, and a {@code start} that succeeds. */
    @Test
    default void loadsIntoTheEngineWithoutAnyDiagnostic() {
        Class<?> type = playbook().getClass();
        assertThat(java.lang.reflect.Modifier.isPublic(type.getModifiers())
                && java.util.Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == 0))
                .as("%s is public with a public no-argument constructor, so that ServiceLoader can create it", type.getName())
                .isTrue();
        try (PlaybookHarness h = harness()) {
            assertThat(h.engine().diagnostics()).as("problems the engine found while loading the playbook").isEmpty();
            assertThat(h.engine().playbooks()).extracting(p -> p.descriptor().id()).containsExactly(h.descriptor().id());
        }
    }

    /** MUST 2: {@code descriptor()} is constant and never null. */
    @Test
    default void describesItselfTheSameWayEveryTime() {
        Playbook p = playbook();
        PlaybookDescriptor first = p.descriptor();
        assertThat(first).isNotNull();
        for (int i = 0; i < 10; i++) {
            assertThat(p.descriptor()).isEqualTo(first);
        }
        assertThat(playbook().descriptor()).as("a second instance").isEqualTo(first);
    }

    /** MUST 3: never throws and never returns null on any valid interaction in its languages. */
    @Test
    default void neverThrowsOnAnyValidInteraction() {
        try (PlaybookHarness h = harness()) {
            qt().withExamples(GENERATED_EXAMPLES).forAll(generated(h)).checkAssert(input ->
                    assertThat(h.call(input)).as("result for %s", input).isNotNull());
        }
    }

    /** MUST 4: the same request gives an equal result. */
    @Test
    default void givesTheSameResultForTheSameInteraction() {
        try (PlaybookHarness h = harness()) {
            qt().withExamples(GENERATED_EXAMPLES / 3).forAll(generated(h)).checkAssert(input ->
                    assertThat(h.call(input)).isEqualTo(h.call(input)));
            for (InteractionInput example : examples()) {
                assertThat(h.call(example)).isEqualTo(h.call(example));
            }
        }
    }

    /** MUST 5: reports only the pattern ids its descriptor declares. */
    @Test
    default void reportsOnlyDeclaredPatterns() {
        try (PlaybookHarness h = harness()) {
            Set<String> declared = h.descriptor().patterns();
            qt().withExamples(GENERATED_EXAMPLES).forAll(generated(h)).checkAssert(input ->
                    assertThat(h.call(input).observations()).extracting(Observation::pattern).isSubsetOf(declared));
            for (InteractionInput example : examples()) {
                assertThat(h.call(example).observations()).extracting(Observation::pattern).isSubsetOf(declared);
            }
        }
    }

    /** MUST 6: advises in every declared language, in the language of the interaction. */
    @Test
    default void advisesInEveryDeclaredLanguage() {
        try (PlaybookHarness h = harness()) {
            for (String language : testableLanguages(h)) {
                List<InteractionInput> inLanguage = examples().stream().filter(e -> language.equals(e.language())).toList();
                if (inLanguage.isEmpty()) {
                    fail("examples() has no interaction with language \"" + language + "\"; give one on which "
                            + h.descriptor().id() + " advises, so that its " + language + " texts can be checked");
                }
                List<String> texts = new ArrayList<>();
                for (InteractionInput example : inLanguage) {
                    PlaybookResult result = h.call(example);
                    result.recommendations().stream().map(Recommendation::text).forEach(texts::add);
                }
                assertThat(texts).as("advice on the %s examples", language).isNotEmpty();
                assertThat(h.textAnalyser().detectLanguage(texts)).as("language of the advice %s", texts).isEqualTo(language);
            }
        }
    }

    /** MUST 7: stays within the budget on a turn of 10,000 characters. */
    @Test
    default void staysWithinBudgetOnATenThousandCharacterTurn() {
        try (PlaybookHarness h = harness()) {
            for (String language : testableLanguages(h)) {
                assertWithinBudget(h, h.view(Interactions.longTurn(language, 10_000)), budget());
            }
        }
    }

    /** MUST 8: stays within the budget on an interaction of 1,000 turns. */
    @Test
    default void staysWithinBudgetOnAThousandTurns() {
        try (PlaybookHarness h = harness()) {
            for (String language : testableLanguages(h)) {
                assertWithinBudget(h, h.view(Interactions.manyTurns(language, 1_000)), budget());
            }
        }
    }

    /** MUST 9: never changes what it is given, nor tries to. */
    @Test
    default void neverMutatesItsInput() {
        try (PlaybookHarness h = harness()) {
            qt().withExamples(GENERATED_EXAMPLES / 3).forAll(generated(h)).checkAssert(input -> {
                InteractionView view = h.view(input);
                InteractionView copy = h.view(input);
                try {
                    h.call(view);
                } catch (UnsupportedOperationException e) {
                    throw new AssertionError("the playbook tried to change its input", e);
                }
                assertThat(view).isEqualTo(copy);
            });
        }
    }

    /**
     * Fails unless the fastest of five calls, after five to warm up the JIT, finishes within {@code budget}.
     * The fastest call is what the playbook costs; the slower ones measure the machine.
     */
    static void assertWithinBudget(PlaybookHarness h, InteractionView view, Duration budget) {
        for (int i = 0; i < 5; i++) {
            h.call(view);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            h.call(view);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(Duration.ofNanos(best)).as("fastest of five calls on %d turns", view.turns().size())
                .isLessThanOrEqualTo(budget);
    }
}
