package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Involvement;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPlaybookTests {

    private static PlaybookResult assess(Conversation c) {
        return c.assessedBy(new EscalationPlaybook());
    }

    private static final PartyView PAYER = new PartyView("u-2", "Payer", Set.of(Role.PAYER, Role.DECISION_MAKER));

    @Test
    void aDemandForAManagerGoesOneLevelUpInPolish() {
        PlaybookResult r = assess(Conversation.polish().customer("Proszę mnie połączyć z kierownikiem."));
        assertThat(r.escalations()).containsExactly(new EscalationProposal(EscalationLevel.SUPERVISOR,
                EscalationReason.CUSTOMER_REQUEST, "escalation.customer-request"));
        assertThat(r.recommendations()).extracting(Recommendation::kind).containsExactly(Recommendation.Kind.ESCALATE);
    }

    @Test
    void aDemandForARealPersonGoesOneLevelUpInEnglish() {
        PlaybookResult r = assess(Conversation.english().customer("I want a real person, not this bot."));
        assertThat(r.escalations()).extracting(EscalationProposal::reason).containsExactly(EscalationReason.CUSTOMER_REQUEST);
    }

    @Test
    void aDemandAfterANegationElsewhereInTheSentenceStillCounts() {
        PlaybookResult r = assess(Conversation.english().customer("And if the answer is no I want your manager."));
        assertThat(r.escalations()).extracting(EscalationProposal::reason).containsExactly(EscalationReason.CUSTOMER_REQUEST);
    }

    @Test
    void sayingItIsNiceToTalkToAPersonIsNoDemand() {
        PlaybookResult r = assess(Conversation.english().customer("Thanks, it's nice to talk to an actual person for once."));
        assertThat(r.escalations()).isEmpty();
    }

    @Test
    void insultsBeforeAnyBoundaryAreNotYetEscalated() {
        PlaybookResult r = assess(Conversation.english().customer("You useless idiot, you froze my account!"));
        assertThat(r.escalations()).isEmpty();
    }

    @Test
    void abuseThatContinuesAfterTheAgentSetABoundaryGoesToTheSupervisor() {
        PlaybookResult r = assess(Conversation.english()
                .customer("You useless idiot, you froze my account!")
                .agent("I want to fix this, but I need us to keep this about the problem and not personal remarks.")
                .customer("Don't lecture me, you pathetic clown."));
        assertThat(r.escalations()).containsExactly(new EscalationProposal(EscalationLevel.SUPERVISOR,
                EscalationReason.ABUSE, "escalation.abuse-after-boundary"));
    }

    @Test
    void anApologyAfterTheBoundaryIsNotAbuse() {
        PlaybookResult r = assess(Conversation.polish()
                .customer("Ty debilu, nic pani nie rozumie!")
                .agent("Proszę, rozmawiajmy bez osobistych przytyków.")
                .customer("Przepraszam, poniosło mnie."));
        assertThat(r.escalations()).isEmpty();
    }

    @Test
    void aPromiseWhoseTimePassedUnkeptIsEscalated() {
        Conversation c = Conversation.english()
                .customer("Where is my parcel?")
                .agent("I'll get back to you within 30 minutes with an answer.");
        c.asOf(c.lastTurnAt().plus(Duration.ofMinutes(45)));
        assertThat(assess(c).escalations()).extracting(EscalationProposal::reason)
                .containsExactly(EscalationReason.BROKEN_COMMITMENT);
    }

    @Test
    void aPromiseKeptInTimeIsNotEscalated() {
        Conversation c = Conversation.polish()
                .customer("Gdzie jest moja paczka?")
                .agent("Sprawdzę i oddzwonię za 15 minut.")
                .after(Duration.ofMinutes(9)).agent("Już wiem: paczka jest w sortowni.");
        c.asOf(c.lastTurnAt().plus(Duration.ofHours(1)));
        assertThat(assess(c).escalations()).isEmpty();
    }

    @Test
    void aPremiumAccountAnsweredLateIsEscalatedButAStandardOneIsNot() {
        Conversation premium = Conversation.english().account("premium", PAYER)
                .customer("Our invoices do not export.").after(Duration.ofMinutes(25)).agent("Hello, looking now.");
        Conversation standard = Conversation.english().account("standard", PAYER)
                .customer("Our invoices do not export.").after(Duration.ofMinutes(25)).agent("Hello, looking now.");
        assertThat(assess(premium).escalations()).extracting(EscalationProposal::reason)
                .containsExactly(EscalationReason.SLA_BREACH);
        assertThat(assess(standard).escalations()).isEmpty();
    }

    @Test
    void threeEarlierContactsOnTheSameMatterAreEscalated() {
        assertThat(assess(Conversation.english().context(0, 3).customer("The printer again.")).escalations())
                .extracting(EscalationProposal::reason).containsExactly(EscalationReason.REPEAT_CONTACT);
        assertThat(assess(Conversation.english().context(0, 2).customer("The printer again.")).escalations()).isEmpty();
    }

    @Test
    void aTechnicalQuestionBeyondTheAgentGoesToASpecialist() {
        PlaybookResult r = assess(Conversation.english()
                .customer("Why does the API return 409 on idempotent retries?")
                .agent("That is beyond my knowledge, I need a specialist for it."));
        assertThat(r.escalations()).containsExactly(new EscalationProposal(EscalationLevel.SPECIALIST,
                EscalationReason.NEEDS_EXPERTISE, "escalation.needs-expertise"));
    }

    @Test
    void anEndUserAskingToChangeThePlanInvolvesThePayer() {
        PlaybookResult r = assess(Conversation.polish().requesterIs(Role.END_USER).account("business", PAYER)
                .customer("Chcę zmienić plan na wyższy i dodać dwie licencje."));
        assertThat(r.involvements()).containsExactly(new Involvement(Role.PAYER, "contract-change"));
        assertThat(Results.tactics(r)).contains("service.involve-payer");
    }

    @Test
    void anEndUserAskingToCancelInEnglishInvolvesThePayer() {
        PlaybookResult r = assess(Conversation.english().requesterIs(Role.END_USER).account("standard", PAYER)
                .customer("Please cancel my subscription from next month."));
        assertThat(r.involvements()).containsExactly(new Involvement(Role.PAYER, "contract-change"));
    }

    @Test
    void theDecisionMakerIsInvolvedWhenTheAccountNamesNoPayer() {
        PartyView boss = new PartyView("u-9", "Boss", Set.of(Role.DECISION_MAKER));
        PlaybookResult r = assess(Conversation.english().requesterIs(Role.END_USER).account("standard", boss)
                .customer("We want to downgrade to the basic plan."));
        assertThat(r.involvements()).containsExactly(new Involvement(Role.DECISION_MAKER, "contract-change"));
    }

    @Test
    void aPayerMayChangeTheContractWithoutAnyoneElse() {
        PlaybookResult r = assess(Conversation.english().requesterIs(Role.PAYER).account("standard", PAYER)
                .customer("Please upgrade us to the premium plan."));
        assertThat(r.involvements()).isEmpty();
    }

    @Test
    void aContractDecisionIsRecognisedInAnyInflectionAndWordOrder() {
        for (String request : List.of("cancel the contract", "please terminate our subscription today",
                "Our subscription should be cancelled from next month")) {
            assertThat(involvesThePayer("en", request)).as(request).isTrue();
        }
        for (String request : List.of("chcę rozwiązać umowę", "Umowę chcemy wypowiedzieć", "Rezygnuję z abonamentu",
                "prosze zmienic pakiet na mniejszy")) {
            assertThat(involvesThePayer("pl", request)).as(request).isTrue();
        }
    }

    @Test
    void aWithdrawnWishInvolvesNobodyButAnInabilityStillAsks() {
        assertThat(involvesThePayer("en", "I don't want to cancel my subscription, just fix the app.")).isFalse();
        assertThat(involvesThePayer("pl", "Nie chcę rezygnować z abonamentu.")).isFalse();
        assertThat(involvesThePayer("en", "I can't cancel my subscription online, can you do it?")).isTrue();
        assertThat(involvesThePayer("pl", "Nie mogę zrezygnować z subskrypcji w aplikacji.")).isTrue();
    }

    @Test
    void whatSomeoneElseDidOrWantsInvolvesNobody() {
        assertThat(involvesThePayer("en", "My neighbour cancelled his contract.")).isFalse();
        assertThat(involvesThePayer("en", "He wants to cancel his contract, not me.")).isFalse();
        assertThat(involvesThePayer("pl", "Sąsiad wypowiedział umowę.")).isFalse();
        assertThat(involvesThePayer("en", "My boss asked me to cancel our subscription.")).as("asked of the speaker").isTrue();
    }

    @Test
    void aQuestionAboutHowItWorksOrWhatWouldHappenInvolvesNobody() {
        assertThat(involvesThePayer("en", "Is there a fee for terminating the agreement early?")).isFalse();
        assertThat(involvesThePayer("en", "What happens to my data if I cancel the contract?")).isFalse();
        assertThat(involvesThePayer("pl", "Jaki jest okres wypowiedzenia umowy?")).isFalse();
        assertThat(involvesThePayer("en", "How do I cancel my subscription?")).as("asking how to do it asks for it").isTrue();
    }

    @Test
    void whatAlreadyHappenedOrAContractThatEndsByItselfInvolvesNobody() {
        assertThat(involvesThePayer("en", "I cancelled my subscription last month but I'm still charged.")).isFalse();
        assertThat(involvesThePayer("en", "When does my contract end?")).isFalse();
        assertThat(involvesThePayer("pl", "Kiedy kończy się moja umowa?")).isFalse();
        assertThat(involvesThePayer("en", "I want my subscription cancelled.")).as("a past form asked for").isTrue();
    }

    @Test
    void changingSomethingOtherThanThePlanInvolvesNobody() {
        assertThat(involvesThePayer("en", "I need to change the email on my account.")).isFalse();
        assertThat(involvesThePayer("en", "Please cancel my order.")).isFalse();
        assertThat(involvesThePayer("pl", "Jak zmienić hasło do konta?")).isFalse();
        assertThat(involvesThePayer("en", "Please close my account.")).isTrue();
    }

    private static boolean involvesThePayer(String language, String text) {
        PlaybookResult r = assess(Conversation.in(language).requesterIs(Role.END_USER).account("standard", PAYER).customer(text));
        return r.involvements().contains(new Involvement(Role.PAYER, "contract-change"));
    }

    @Test
    void anEndUserAskingAHowToQuestionInvolvesNobody() {
        PlaybookResult r = assess(Conversation.polish().requesterIs(Role.END_USER).account("standard", PAYER)
                .customer("Jak ustawić numerację faktur korygujących?"));
        assertThat(r.involvements()).isEmpty();
    }
}
