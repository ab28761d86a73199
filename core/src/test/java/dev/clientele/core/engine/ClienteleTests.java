package dev.clientele.core.engine;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Recommendation.Kind;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ClienteleTests {

    private static List<Playbook> severalPlaybooks() {
        return List.of(
                KeywordPlaybook.of("acme.a", "waiting", PatternIds.IMPATIENT, 0.4)
                        .recommending(Recommendation.of(Kind.SAY, "time.frame", "Give a time frame.", 70, "impatient")),
                KeywordPlaybook.of("acme.b", "waiting", PatternIds.IMPATIENT, 0.3)
                        .recommending(Recommendation.of(Kind.SAY, "time.frame", "Name a time.", 70, "impatient")),
                KeywordPlaybook.of("acme.c", "manager", PatternIds.NERVOUS, 0.7)
                        .escalating(new EscalationProposal(EscalationLevel.MANAGER, EscalationReason.CUSTOMER_REQUEST, "nervous")),
                KeywordPlaybook.of("zeta.d", "manager", PatternIds.NERVOUS, 0.2)
                        .recommending(Recommendation.of(Kind.ASK, "why.question", "Ask why.", 70, "nervous")),
                KeywordPlaybook.of("beta.e", "waiting", "beta.waiting", 0.55));
    }

    private static final InteractionInput CASE = Inputs.chat().customer("I am waiting for an hour")
            .agent("Let me check").customer("Still waiting, I want your manager").build();

    @Test
    void theSameInputGivesIdenticalOutputWhateverTheOrderOfThePlaybooks() {
        Assessment reference;
        try (Clientele c = Clientele.builder().playbooks(severalPlaybooks().toArray(Playbook[]::new))
                .textAnalyser(new WordAnalyser()).timeBudget(Duration.ofSeconds(5)).build()) {
            reference = c.assess(CASE);
        }
        assertThat(reference.observed()).hasSize(3);
        qt().withExamples(20).forAll(integers().all()).checkAssert(seed -> {
            List<Playbook> shuffled = new ArrayList<>(severalPlaybooks());
            Collections.shuffle(shuffled, new Random(seed));
            try (Clientele c = Clientele.builder().playbooks(shuffled.toArray(Playbook[]::new))
                    .textAnalyser(new WordAnalyser()).timeBudget(Duration.ofSeconds(5)).build()) {
                Assessment again = c.assess(CASE);
                assertThat(again).isEqualTo(reference);
                assertThat(again.toString()).isEqualTo(reference.toString());
            }
        });
    }

    @Test
    void assessmentsFromManyThreadsAtOnceEqualTheSingleThreadedOne() throws Exception {
        try (Clientele c = Clientele.builder().playbooks(severalPlaybooks().toArray(Playbook[]::new))
                .textAnalyser(new WordAnalyser()).timeBudget(Duration.ofSeconds(5)).build()) {
            Assessment reference = c.assess(CASE);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<Assessment>> runs = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    runs.add(pool.submit(() -> c.assess(CASE)));
                }
                for (var run : runs) {
                    assertThat(run.get()).isEqualTo(reference);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aHostMayHandTheEngineAFixedCatalogue() {
        Playbook p = KeywordPlaybook.of("acme.fixed", "waiting", PatternIds.IMPATIENT, 0.9);
        dev.clientele.core.application.port.out.PlaybookCatalog fixed = () -> new dev.clientele.core.application.port.out
                .PlaybookCatalog.Contents(List.of(new dev.clientele.core.application.port.out.PlaybookCatalog.Entry(
                        p, p.descriptor(), "host registry")), List.of());
        try (Clientele c = Clientele.builder().catalog(fixed).textAnalyser(new WordAnalyser()).build()) {
            assertThat(c.playbooks()).singleElement().satisfies(l -> assertThat(l.source()).isEqualTo("host registry"));
            assertThat(c.assess(CASE).observed()).extracting(o -> o.pattern()).containsExactly(PatternIds.IMPATIENT);
        }
    }

    @Test
    void thePlaybooksViewIsImmutable() {
        AtomicReference<String> attempts = new AtomicReference<>("");
        Playbook vandal = new Playbook() {
            @Override
            public PlaybookDescriptor descriptor() {
                return PlaybookDescriptor.of("acme.vandal", "1", Set.of("en"), Set.of());
            }

            @Override
            public PlaybookResult assess(PlaybookRequest request) {
                InteractionView view = request.interaction();
                attempts.set(attempts.get() + tryTo(() -> view.turns().clear()) + tryTo(() -> view.turns().get(0).analysis().tokens().clear())
                        + tryTo(() -> view.requester().roles().clear()) + tryTo(() -> request.context().configuration().put("x", "y")));
                return PlaybookResult.EMPTY;
            }
        };
        try (Clientele c = Clientele.builder().playbooks(vandal).textAnalyser(new WordAnalyser()).build()) {
            InteractionView before = c.view(CASE);
            c.assess(CASE);
            assertThat(attempts.get()).isEqualTo("refused refused refused refused ");
            assertThat(c.view(CASE)).isEqualTo(before);
            assertThat(c.view(CASE).turns()).hasSize(3);
        }
    }

    private static String tryTo(Runnable change) {
        try {
            change.run();
            return "changed ";
        } catch (UnsupportedOperationException e) {
            return "refused ";
        }
    }

    @Test
    void eachPlaybookSeesOnlyItsOwnSettingsWithoutThePrefix() {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        Playbook p = new Playbook() {
            @Override
            public PlaybookDescriptor descriptor() {
                return PlaybookDescriptor.of("acme.outage", "1", Set.of("en"), Set.of());
            }

            @Override
            public void start(PlaybookContext context) {
                seen.set(context.configuration());
            }

            @Override
            public PlaybookResult assess(PlaybookRequest request) {
                return PlaybookResult.EMPTY;
            }
        };
        try (Clientele c = Clientele.builder().playbooks(p).textAnalyser(new WordAnalyser())
                .configuration(Map.of("acme.outage.status-url", "https://status.example", "acme.outage-x.key", "no",
                        "acme.other.key", "no", "acme.outage.", "empty key"))
                .build()) {
            assertThat(seen.get()).containsExactly(Map.entry("status-url", "https://status.example"));
            assertThat(c.contextOf("acme.outage")).hasValueSatisfying(ctx -> assertThat(ctx.setting("status-url")).isPresent());
        }
    }

    @Test
    void aStartThatThrowsLeavesThePlaybookOutWithADiagnostic() {
        Playbook failing = new Playbook() {
            @Override
            public PlaybookDescriptor descriptor() {
                return PlaybookDescriptor.of("acme.start-fails", "1", Set.of("en"), Set.of());
            }

            @Override
            public void start(PlaybookContext context) {
                throw new IllegalStateException("word list missing");
            }

            @Override
            public PlaybookResult assess(PlaybookRequest request) {
                return PlaybookResult.EMPTY;
            }
        };
        try (Clientele c = Clientele.builder().playbooks(failing).textAnalyser(new WordAnalyser()).build()) {
            assertThat(c.playbooks()).isEmpty();
            assertThat(c.diagnostics()).singleElement().satisfies(d -> assertThat(d.problem())
                    .contains("word list missing").endsWith("#start-failed)"));
            assertThat(c.assess(CASE).diagnostics()).isEqualTo(c.diagnostics());
        }
    }

    @Test
    void turnsAfterAsOfAreIgnoredAndAsOfDefaultsToTheLastTurn() {
        try (Clientele c = Clientele.builder().playbooks(severalPlaybooks().toArray(Playbook[]::new))
                .textAnalyser(new WordAnalyser()).build()) {
            assertThat(c.view(CASE).asOf()).isEqualTo(Inputs.START.plusSeconds(120));
            InteractionInput early = Inputs.chat().customer("I am waiting for an hour").agent("Let me check")
                    .customer("Still waiting, I want your manager").asOf(Inputs.START.plusSeconds(60)).build();
            assertThat(c.view(early).turns()).extracting(TurnView::index).containsExactly(0, 1);
            assertThat(c.assess(early).observed()).as("the request for a manager came later")
                    .extracting(o -> o.pattern()).doesNotContain(PatternIds.NERVOUS).contains(PatternIds.IMPATIENT);
        }
    }

    @Test
    void theLanguageIsDetectedFromTheCustomerWhenTheInputHasNone() {
        InteractionInput polish = Inputs.chat().language(null).customer("Czekam już godzinę, to jest skandal").build();
        try (Clientele c = Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).build()) {
            Assessment a = c.assess(polish);
            assertThat(a.language()).isEqualTo("pl");
            assertThat(c.view(polish).turns().get(0).analysis().language()).isEqualTo("pl");
        }
    }

    @Test
    void whenTheCustomerDoesNotTellTheLanguageTheRepliesDo() {
        InteractionInput input = Inputs.chat().language(null).customer("Internet???")
                .agent("Dzień dobry, czy router się świeci?").build();
        try (Clientele c = Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).build()) {
            assertThat(c.assess(input).language()).isEqualTo("pl");
        }
    }

    @Test
    void whenNoTurnTellsTheLanguageTheDefaultLanguageApplies() {
        InteractionInput input = Inputs.chat().language(null).customer("Internet???").build();
        try (Clientele c = Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).build()) {
            assertThat(c.assess(input).language()).as("the first of the analyser's languages").isEqualTo("en");
        }
        try (Clientele c = Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).defaultLanguage("pl").build()) {
            assertThat(c.assess(input).language()).isEqualTo("pl");
            assertThat(c.view(input).turns().get(0).analysis().language()).isEqualTo("pl");
        }
    }

    @Test
    void aGivenLanguageWinsOverTheDefault() {
        InteractionInput input = Inputs.chat().language("en").customer("Internet???").build();
        try (Clientele c = Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).defaultLanguage("pl").build()) {
            assertThat(c.assess(input).language()).isEqualTo("en");
        }
    }

    @Test
    void aDefaultLanguageTheAnalyserLacksIsRefused() {
        assertThatThrownBy(() -> Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).defaultLanguage("de").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("de").hasMessageContaining("[en, pl]");
    }

    @Test
    void aPlaybookRunsOnlyOnInteractionsInItsLanguagesAndChannels() {
        Playbook phoneOnly = new KeywordPlaybook(new PlaybookDescriptor("acme.phone", "1", dev.clientele.playbooks.spi.ApiVersion.CURRENT,
                Set.of("en"), Set.of(PatternIds.IMPATIENT), Set.of(dev.clientele.playbooks.api.Channel.PHONE), 50),
                "waiting", PatternIds.IMPATIENT, 0.9);
        try (Clientele c = Clientele.builder().playbooks(phoneOnly).textAnalyser(new WordAnalyser()).build()) {
            assertThat(c.assess(CASE).observed()).isEmpty();
            assertThat(c.assess(Inputs.chat().channel("phone").customer("still waiting").build()).observed()).hasSize(1);
            assertThat(c.assess(Inputs.chat().channel("phone").language("pl").customer("waiting").build()).observed()).isEmpty();
        }
    }

    @Test
    void assessingAgainAfterOneMoreTurnAnalysesOnlyThatTurn() {
        WordAnalyser analyser = new WordAnalyser();
        Inputs conversation = Inputs.chat();
        try (Clientele c = Clientele.builder().playbooks(severalPlaybooks().toArray(Playbook[]::new))
                .textAnalyser(analyser).build()) {
            for (int i = 0; i < 50; i++) {
                conversation.customer("message number " + i + " still waiting");
            }
            c.assess(conversation.build());
            int afterFifty = analyser.calls();
            c.assess(conversation.agent("Sorry for the wait").build());

            assertThat(afterFifty).isEqualTo(50);
            assertThat(analyser.calls()).isEqualTo(51);
        }
    }

    @Test
    void invalidInputIsRejectedWithThePointerOfTheField() {
        InteractionInput noTurns = new InteractionInput("c", "chat", "en",
                new dev.clientele.core.application.port.in.PartyInput("u", null, null), null, null, List.of(), null);
        try (Clientele c = Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).build()) {
            assertThatThrownBy(() -> c.assess(noTurns)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                            .anySatisfy(v -> assertThat(v.pointer()).isEqualTo("/turns")));
        }
    }

    @Test
    void withoutAnAnalyserOnThePathBuildingFailsWithAClearMessage() {
        assertThatThrownBy(() -> Clientele.builder().playbooks().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no text analyser found").hasMessageContaining("docs/errors.md#no-text-analyser");
    }

    @Test
    void aMissingPluginDirectoryIsAClearError() {
        assertThatThrownBy(() -> Clientele.builder().pluginDirectory(java.nio.file.Path.of("no/such/folder"))
                .textAnalyser(new WordAnalyser()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no/such/folder is not a folder");
    }

    @Test
    void outOfRangeSettingsAreRefused() {
        assertThatThrownBy(() -> Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).timeBudget(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time budget");
        assertThatThrownBy(() -> Clientele.builder().playbooks().textAnalyser(new WordAnalyser()).reportingThreshold(1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reporting threshold");
    }
}
