package dev.clientele.benchmarks.drools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.benchmarks.jmh.TrivialPlaybook;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DroolsPeerTests {

    private static final Instant START = Instant.parse("2026-03-02T09:15:00Z");
    private static Clientele views;
    private static DroolsPeer peer;

    @BeforeAll
    static void start() {
        StandardTextAnalyser analyser = new StandardTextAnalyser();
        // Only the views are needed here: the engine's analysis of the turns, not its playbooks.
        views = Clientele.builder().textAnalyser(analyser).playbooks(new TrivialPlaybook(1)).build();
        peer = Peers.shared();
    }

    @AfterAll
    static void stop() {
        views.close();
    }

    @Test
    void anInsultAddressedToTheAgentIsAggressive() {
        PeerVerdict verdict = assess("en", "customer", "You are a bunch of useless clowns, learn to do your job");
        assertThat(verdict.observed(0.5)).containsExactly("aggressive");
    }

    @Test
    void anInsultAboutSomeoneElseCountsForLittle() {
        PeerVerdict verdict = assess("en", "customer", "The courier was a clown.");
        // "clown" and "clowns" are two rows with one stem; overlapping hits of one signal count once.
        assertThat(verdict.confidence().get("aggressive")).isEqualTo(0.25);
        assertThat(verdict.observed(0.5)).isEmpty();
    }

    @Test
    void askingForAManagerFromTheFirstWordsOfAnImportantMatterIsNervous() {
        PeerVerdict verdict = assess("pl", "customer", "Proszę mnie połączyć z kierownikiem, to bardzo ważne dla mnie.");
        assertThat(verdict.observed(0.5)).containsExactly("nervous");
    }

    @Test
    void whenImpatienceAndDemandsAreBothStrongTheWeakerIsHeldBelowTheThreshold() {
        PeerVerdict verdict = assess("en", "customer",
                "Still waiting, how long does this take? I need it fixed right now, this is unacceptable!");
        assertThat(verdict.observed(0.5)).hasSize(1).isSubsetOf("impatient", "wants-it-now");
        String weaker = verdict.observed(0.5).contains("impatient") ? "wants-it-now" : "impatient";
        assertThat(verdict.confidence().get(weaker)).isEqualTo(0.45);
    }

    @Test
    void askingForAManagerEscalatesOneLevelUp() {
        PeerVerdict verdict = assess("en", "customer", "I want to speak to your supervisor.");
        assertThat(verdict.escalation()).contains("supervisor");
        assertThat(verdict.reasons()).containsExactly("customer-request");
    }

    @Test
    void insultsAfterTheAgentSetABoundaryEscalateAsAbuse() {
        PeerVerdict verdict = assess("en", "customer", "This is ridiculous.",
                "agent", "Please don't insult me, let's keep this about the problem.",
                "customer", "You are an idiot.");
        assertThat(verdict.escalation()).contains("supervisor");
        assertThat(verdict.reasons()).containsExactly("abuse");
    }

    @Test
    void anAgentOutOfTheirDepthHandsOverToASpecialist() {
        PeerVerdict verdict = assess("en", "customer", "Why does the API return 502 on batch uploads?",
                "agent", "That is beyond my knowledge, I need a specialist to look at it.");
        assertThat(verdict.escalation()).contains("specialist");
        assertThat(verdict.reasons()).containsExactly("needs-expertise");
    }

    @Test
    void aPremiumAccountAnsweredAfterTheTenMinuteTargetIsEscalated() {
        InteractionInput late = new InteractionInput("t-2", "chat", "en", new PartyInput("u-1", null, null),
                new AccountInput("a-1", "ACME", "Premium", null), null,
                List.of(new TurnInput(START, "customer", "Our invoices are wrong."),
                        new TurnInput(START.plusSeconds(15 * 60), "agent", "Looking into it.")), null);
        PeerVerdict verdict = peer.assess(views.view(late));
        assertThat(verdict.escalation()).contains("supervisor");
        assertThat(verdict.reasons()).containsExactly("sla-breach");
        InteractionInput inTime = new InteractionInput("t-3", "chat", "en", new PartyInput("u-1", null, null),
                new AccountInput("a-1", "ACME", "premium", null), null,
                List.of(new TurnInput(START, "customer", "Our invoices are wrong."),
                        new TurnInput(START.plusSeconds(9 * 60), "agent", "Looking into it.")), null);
        assertThat(peer.assess(views.view(inTime)).escalation()).isEmpty();
    }

    @Test
    void aCalmConversationIsNotEscalated() {
        assertThat(assess("en", "customer", "Thanks, that worked.").escalation()).isEmpty();
    }

    @Test
    void aStatedWaitingTimeSupportsImpatience() {
        PeerVerdict verdict = assess("en", "customer", "I have been on the phone for 2 hours");
        assertThat(verdict.confidence()).containsKey("impatient");
    }

    @Test
    void aCalmQuestionShowsNoPattern() {
        PeerVerdict verdict = assess("en", "customer", "Could you tell me which plan includes roaming in Norway?");
        assertThat(verdict.observed(0.5)).isEmpty();
    }

    @Test
    void wordsOfTheAgentAreNotTheCustomersBehaviour() {
        PeerVerdict verdict = assess("en", "agent", "Unacceptable delays are what we want to avoid, you idiots know that");
        assertThat(verdict.confidence()).isEmpty();
    }

    @Test
    void aPhraseListedUnderTwoSignalsCountsForTheFirst() {
        assertThat(CueRules.choices(List.of(List.of("a", "b"), List.of("c"), List.of("d", "e"))))
                .containsExactly(List.of("a", "c", "d"), List.of("a", "c", "e"), List.of("b", "c", "d"), List.of("b", "c", "e"));
        RawHit first = new RawHit("IMPATIENT", 0.5, "delayed", 0, 3, 3);
        RawHit second = new RawHit("BAD_NEWS", 0.5, "delayed", 0, 3, 3);
        assertThat(first).isEqualTo(second);
    }

    private static PeerVerdict assess(String language, String... speakerThenText) {
        List<TurnInput> turns = new ArrayList<>();
        for (int i = 0; i < speakerThenText.length; i += 2) {
            turns.add(new TurnInput(START.plusSeconds(30L * i), speakerThenText[i], speakerThenText[i + 1]));
        }
        InteractionInput input = new InteractionInput("t-1", "chat", language, new PartyInput("u-1", null, null), null,
                null, turns, null);
        return peer.assess(views.view(input));
    }
}
