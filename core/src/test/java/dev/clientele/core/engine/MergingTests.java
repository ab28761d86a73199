package dev.clientele.core.engine;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.in.ServiceLevels.ClockStatus;
import dev.clientele.core.engine.fixtures.Inputs;
import dev.clientele.core.engine.fixtures.KeywordPlaybook;
import dev.clientele.core.engine.fixtures.WordAnalyser;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Involvement;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Recommendation.Kind;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.TurnIntensity;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MergingTests {

    private static final InteractionInput WAITING = Inputs.chat().customer("I am waiting and waiting").build();

    private static Assessment assess(InteractionInput input, Playbook... playbooks) {
        try (Clientele clientele = Clientele.builder().playbooks(playbooks).textAnalyser(new WordAnalyser())
                .timeBudget(Duration.ofSeconds(5)).build()) {
            return clientele.assess(input);
        }
    }

    private static KeywordPlaybook quiet(String id) {
        return KeywordPlaybook.of(id, "nothing-matches-this", PatternIds.IMPATIENT, 0.9);
    }

    private static KeywordPlaybook quiet(String id, int priority) {
        return new KeywordPlaybook(new PlaybookDescriptor(id, "1", ApiVersion.CURRENT, Set.of("en", "pl"),
                Set.of(PatternIds.IMPATIENT), Set.of(), priority), "nothing-matches-this", PatternIds.IMPATIENT, 0.9);
    }

    @Test
    void thePatternFromSeveralPlaybooksCombinesByNoisyOr() {
        Assessment a = assess(WAITING, KeywordPlaybook.of("acme.a", "waiting", PatternIds.IMPATIENT, 0.4),
                KeywordPlaybook.of("acme.b", "waiting", PatternIds.IMPATIENT, 0.3));

        assertThat(a.observed()).singleElement().satisfies(o ->
                assertThat(o.confidence()).isCloseTo(1 - 0.6 * 0.7, within(1e-12)));
    }

    @Test
    void onlyPatternsAtOrAboveTheThresholdAreReportedMostConfidentFirst() {
        Playbook low = KeywordPlaybook.of("acme.low", "waiting", PatternIds.NERVOUS, 0.49);
        Playbook high = KeywordPlaybook.of("acme.high", "waiting", PatternIds.IMPATIENT, 0.7);
        Playbook edge = KeywordPlaybook.of("acme.edge", "waiting", PatternIds.AGGRESSIVE, 0.5);

        assertThat(assess(WAITING, low, high, edge).observed()).extracting(o -> o.pattern())
                .containsExactly(PatternIds.IMPATIENT, PatternIds.AGGRESSIVE);
    }

    @Test
    void evidenceFromSeveralPlaybooksIsUnitedWithoutDuplicatesInTurnOrder() {
        InteractionInput input = Inputs.chat().customer("still waiting").agent("checking").customer("waiting more").build();
        Playbook other = quiet("acme.other").with(req -> PlaybookResult.builder()
                .observe(dev.clientele.playbooks.api.Observation.of(PatternIds.IMPATIENT, 0.9, 0, "still")).build());

        Assessment a = assess(input, KeywordPlaybook.of("acme.a", "waiting", PatternIds.IMPATIENT, 0.6), other);

        assertThat(a.observed().get(0).evidence()).extracting(e -> e.turn() + ":" + e.quote())
                .containsExactly("0:still", "0:waiting", "2:waiting");
    }

    @Test
    void adviceIsOrderedByItsPriorityThenThePlaybooksPriorityThenTacticAndEachTacticAppearsOnce() {
        Playbook a = quiet("acme.a", 10)
                .recommending(Recommendation.of(Kind.SAY, "shared.tactic", "From a.", 50, "impatient"))
                .recommending(Recommendation.of(Kind.ASK, "b.question", "Ask.", 90, "impatient"));
        Playbook b = quiet("acme.b", 90)
                .recommending(Recommendation.of(Kind.SAY, "shared.tactic", "From b.", 50, "impatient"))
                .recommending(Recommendation.of(Kind.DO, "a.action", "Do.", 50, "impatient"));

        List<Advice> advice = assess(WAITING, a, b).recommendations();

        assertThat(advice).extracting(Advice::tactic).containsExactly("b.question", "a.action", "shared.tactic");
        assertThat(advice).extracting(Advice::playbook).containsExactly("acme.a", "acme.b", "acme.b");
    }

    @Test
    void anAvoidDropsTheAdviceItContradictsFromAnyPlaybook() {
        Playbook doer = quiet("acme.doer")
                .recommending(Recommendation.of(Kind.DO, "offer.discount", "Offer a discount.", 80, "impatient"));
        Playbook avoider = quiet("acme.avoider").recommending(new Recommendation(Kind.AVOID, "no.discounts",
                "Do not offer discounts during an outage.", List.of("acme.rule"), 10, Set.of("offer.discount")));

        assertThat(assess(WAITING, doer, avoider).recommendations()).extracting(Advice::tactic)
                .containsExactly("no.discounts");
    }

    @Test
    void aProposalToGoToAManagerBecomesOneLevelUpUnlessItsReasonAllowsSkipping() {
        Playbook request = quiet("acme.request").escalating(
                new EscalationProposal(EscalationLevel.MANAGER, EscalationReason.CUSTOMER_REQUEST, "nervous"));
        Playbook abuse = quiet("acme.abuse").escalating(
                new EscalationProposal(EscalationLevel.MANAGER, EscalationReason.ABUSE, "aggressive"));

        Assessment onlyRequest = assess(WAITING, request);
        assertThat(onlyRequest.escalation().to()).contains(EscalationLevel.SUPERVISOR);
        assertThat(onlyRequest.escalation().reasons()).containsExactly(EscalationReason.CUSTOMER_REQUEST);

        Assessment both = assess(WAITING, request, abuse);
        assertThat(both.escalation().to()).contains(EscalationLevel.MANAGER);
        assertThat(both.escalation().reasons()).containsExactly(EscalationReason.CUSTOMER_REQUEST, EscalationReason.ABUSE);
    }

    @Test
    void aStepUpTheHierarchyOutranksAHandOverToASpecialistAndCarriesTheReasonsOfEveryProposalThatWantedAsMuch() {
        Playbook expert = quiet("acme.expert").escalating(
                new EscalationProposal(EscalationLevel.SPECIALIST, EscalationReason.NEEDS_EXPERTISE, "x"));
        Playbook sla = quiet("acme.sla").escalating(
                new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.SLA_BREACH, "y"));

        assertThat(assess(WAITING, expert).escalation().to()).contains(EscalationLevel.SPECIALIST);
        Playbook request = quiet("acme.request").escalating(
                new EscalationProposal(EscalationLevel.MANAGER, EscalationReason.CUSTOMER_REQUEST, "nervous"));
        Assessment all = assess(WAITING, expert, sla, request);
        assertThat(all.escalation().to()).contains(EscalationLevel.SUPERVISOR);
        assertThat(all.escalation().reasons()).containsExactly(EscalationReason.CUSTOMER_REQUEST, EscalationReason.SLA_BREACH);
        assertThat(assess(WAITING, quiet("acme.none")).escalation().recommended()).isFalse();
    }

    @Test
    void involvementIsResolvedToTheRequesterOrAnAccountContactAndDroppedWithADiagnosticWhenNobodyHoldsTheRole() {
        AccountInput account = new AccountInput("acme", "ACME", "premium",
                List.of(new PartyInput("u-2", "Jan", List.of("payer", "decision-maker"))));
        InteractionInput input = Inputs.chat().account(account).customer("I want to change the contract").build();
        Playbook p = quiet("acme.involve")
                .involving(new Involvement(Role.PAYER, "contract-change"))
                .involving(new Involvement(Role.END_USER, "confirm-symptoms"))
                .involving(new Involvement(Role.INTERNAL, "billing-check"));

        Assessment a = assess(input, p);

        assertThat(a.involve()).containsExactly(new PartyToInvolve("u-1", Role.END_USER, "confirm-symptoms"),
                new PartyToInvolve("u-2", Role.PAYER, "contract-change"));
        assertThat(a.diagnostics()).singleElement().satisfies(d -> assertThat(d.problem())
                .contains("internal (billing-check)").endsWith("#nobody-to-involve)"));
    }

    @Test
    void intensityIsTheLastCustomerTurnsLevelAndItsTrendComesFromTheLastThreeCustomerTurns() {
        InteractionInput input = Inputs.chat().customer("one").customer("two").agent("ok").customer("three")
                .customer("four").build();
        Playbook rising = quiet("acme.levels").with(req -> PlaybookResult.builder()
                .intensity(new TurnIntensity(0, 0.9)).intensity(new TurnIntensity(1, 0.2))
                .intensity(new TurnIntensity(3, 0.3)).intensity(new TurnIntensity(4, 0.6)).build());
        Playbook falling = quiet("acme.falling").with(req -> PlaybookResult.builder()
                .intensity(new TurnIntensity(1, 0.9)).intensity(new TurnIntensity(4, 0.1)).build());
        Playbook flat = quiet("acme.flat").with(req -> PlaybookResult.builder()
                .intensity(new TurnIntensity(1, 0.5)).intensity(new TurnIntensity(4, 0.6)).build());

        assertThat(assess(input, rising).intensity()).isEqualTo(new Intensity(0.6, Intensity.Trend.RISING));
        assertThat(assess(input, falling).intensity()).isEqualTo(new Intensity(0.1, Intensity.Trend.FALLING));
        assertThat(assess(input, flat).intensity()).isEqualTo(new Intensity(0.6, Intensity.Trend.STEADY));
        assertThat(assess(input, rising, falling).intensity().level()).as("per turn, the highest level counts")
                .isEqualTo(0.6);
    }

    @Test
    void aCommitmentIsKeptByALaterAgentTurnInTimeAndBrokenOnceItsDueTimePassesWithoutOne() {
        InteractionInput input = Inputs.chat().customer("my line is down").agent("I will call you back in a minute")
                .customer("hello?").customer("anyone?").build();
        Playbook kept = quiet("acme.kept").promising(new CommitmentFinding(1, CommitmentFinding.CALLBACK,
                Inputs.START.plusSeconds(60 + 60), "call you back"));

        Assessment a = assess(input, kept);

        assertThat(a.sla().commitments()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClockStatus.BROKEN));
        assertThat(a.sla().firstResponse()).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(ClockStatus.MET);
            assertThat(f.due()).isEqualTo(Inputs.START.plusSeconds(600));
        });
    }
}
