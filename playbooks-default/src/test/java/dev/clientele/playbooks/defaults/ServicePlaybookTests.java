package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.PlaybookResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static dev.clientele.playbooks.defaults.Results.tactics;
import static org.assertj.core.api.Assertions.assertThat;

class ServicePlaybookTests {

    private static PlaybookResult assess(Conversation c) {
        return c.assessedBy(new ServicePlaybook());
    }

    /** The agent's promise, said one minute after the customer's turn at 09:00. */
    private static PlaybookResult promise(String language, String words) {
        return assess(Conversation.in(language).customer("?").agent(words));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is due {2} after it was said")
    @CsvSource(delimiter = '|', value = {
            "pl | Sprawdzę to i oddzwonię za 15 minut.            | PT15M | callback",
            "pl | Oddzwonię za kwadrans.                          | PT15M | callback",
            "pl | Odezwę się w ciągu godziny z informacją.        | PT1H  | update",
            "pl | Zadzwonię za pół godziny.                       | PT30M | callback",
            "pl | Odpiszę w ciągu 20 minut.                       | PT20M | update",
            "en | I'll call you back in 10 minutes.               | PT10M | callback",
            "en | I'll get back to you within the hour.           | PT1H  | update",
            "en | I will get back to you within 30 minutes.       | PT30M | update",
            "en | We'll call you back in half an hour.            | PT30M | callback"})
    void findsATimedPromiseAndItsDueTime(String language, String words, String after, String kind) {
        PlaybookResult r = promise(language, words);
        assertThat(r.commitments()).hasSize(1);
        CommitmentFinding c = r.commitments().get(0);
        assertThat(c.turn()).isEqualTo(1);
        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.due()).isEqualTo(Conversation.START.plus(Duration.ofMinutes(1)).plus(Duration.parse(after)));
        assertThat(words).contains(c.quote());
    }

    @Test
    void aPolishPromiseForTomorrowIsDueAtThatHourUtc() {
        PlaybookResult r = promise("pl", "Wyślę poprawioną fakturę jutro do 10.");
        assertThat(r.commitments()).extracting(CommitmentFinding::due)
                .containsExactly(Instant.parse("2026-03-03T10:00:00Z"));
    }

    @Test
    void anEnglishPromiseByTomorrowMorningIsDueAtThatHourUtc() {
        PlaybookResult r = promise("en", "I'll send you the report by tomorrow 10am.");
        assertThat(r.commitments()).extracting(CommitmentFinding::due)
                .containsExactly(Instant.parse("2026-03-03T10:00:00Z"));
    }

    @Test
    void aClockTimeLaterTodayIsDueTodayInUtc() {
        assertThat(promise("en", "I'll call you back by 3pm.").commitments()).extracting(CommitmentFinding::due)
                .containsExactly(Instant.parse("2026-03-02T15:00:00Z"));
        assertThat(promise("pl", "Odezwę się do 15:30.").commitments()).extracting(CommitmentFinding::due)
                .containsExactly(Instant.parse("2026-03-02T15:30:00Z"));
    }

    @Test
    void aClockTimeAlreadyPastTodayIsDueTomorrow() {
        assertThat(promise("en", "I'll get back to you by 8am.").commitments()).extracting(CommitmentFinding::due)
                .containsExactly(Instant.parse("2026-03-03T08:00:00Z"));
    }

    @Test
    void aTimeWithoutAPromiseIsNoCommitment() {
        assertThat(promise("en", "The courier can deliver tomorrow by 10am.").commitments()).isEmpty();
        assertThat(promise("pl", "Najbliższy termin technika to jutro między 8 a 12.").commitments()).isEmpty();
    }

    @Test
    void aPromiseWithoutATimeIsNoCommitment() {
        assertThat(promise("en", "I'll get back to you as soon as I can.").commitments()).isEmpty();
    }

    @Test
    void customersDoNotMakeCommitments() {
        assertThat(assess(Conversation.english().customer("I'll call you back in 10 minutes.")).commitments()).isEmpty();
    }

    @Test
    void aLateFirstResponseThatDidNotApologiseGetsAnApologyAndATime() {
        PlaybookResult r = assess(Conversation.polish().customer("Gdzie moja paczka?")
                .after(Duration.ofMinutes(20)).agent("Dzień dobry, sprawdzam."));
        assertThat(tactics(r)).contains("service.apologise-for-wait");
    }

    @Test
    void aLateFirstResponseThatApologisedNeedsNoReminder() {
        PlaybookResult r = assess(Conversation.polish().customer("Gdzie moja paczka?")
                .after(Duration.ofMinutes(20)).agent("Przepraszam za oczekiwanie, sprawdzam."));
        assertThat(tactics(r)).doesNotContain("service.apologise-for-wait");
    }

    @Test
    void anUnansweredCustomerPastTenMinutesIsAnsweredNow() {
        Conversation c = Conversation.english().customer("Anyone there?");
        c.asOf(c.lastTurnAt().plus(Duration.ofMinutes(12)));
        assertThat(tactics(assess(c))).contains("service.answer-now");
    }

    @Test
    void aTimelyFirstResponseNeedsNoServiceAdvice() {
        PlaybookResult r = assess(Conversation.english().customer("Hi, a question about my bill.")
                .agent("Hi, happy to help."));
        assertThat(r.recommendations()).isEmpty();
    }

    @Test
    void anAgentWhoMustEndTheCallWithoutATimeIsToldToPromiseACallBack() {
        PlaybookResult r = assess(Conversation.english().channel(dev.clientele.playbooks.api.Channel.PHONE)
                .customer("So what about the refund?").agent("Sorry, I have to go, another call is waiting."));
        assertThat(tactics(r)).contains("service.callback-with-time");
    }

    @Test
    void anAgentWhoEndsTheCallWithATimedCallBackNeedsNoReminder() {
        PlaybookResult r = assess(Conversation.polish().channel(dev.clientele.playbooks.api.Channel.PHONE)
                .customer("A co ze zwrotem?").agent("Muszę kończyć, ale oddzwonię za 15 minut."));
        assertThat(tactics(r)).doesNotContain("service.callback-with-time");
    }

    @Test
    void aPendingPromiseIsFollowedUpAndABrokenOneOwned() {
        Conversation c = Conversation.english().customer("Where is it?").agent("I'll call you back in 10 minutes.");
        PlaybookResult pending = assess(c);
        assertThat(tactics(pending)).contains("service.keep-promise");
        assertThat(Results.tactic(pending, "service.keep-promise").text()).contains("09:11 UTC");
        c.asOf(c.lastTurnAt().plus(Duration.ofMinutes(30)));
        assertThat(tactics(assess(c))).contains("service.broken-promise").doesNotContain("service.keep-promise");
    }
}
