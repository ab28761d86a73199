package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.Speaker;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstResponseClockTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final BusinessCalendar OFFICE = BusinessCalendar.of(WARSAW,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static List<Turn> conversation(Object... speakerAndTime) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < speakerAndTime.length; i += 2) {
            turns.add(new Turn(turns.size(), (Speaker) speakerAndTime[i], Instant.parse((String) speakerAndTime[i + 1]), "..."));
        }
        return turns;
    }

    private static FirstResponseClock clock(Channel channel, Entitlement entitlement, List<Pause> pauses, List<Turn> turns) {
        return FirstResponseClock.start(channel, turns, entitlement, pauses).orElseThrow();
    }

    @Test
    void givesAChatCustomerTenMinutesByDefault() {
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD, List.of(),
                conversation(Speaker.CUSTOMER, "2026-03-02T09:02:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:12:00Z")))
                .isEqualTo(new FirstResponse(Instant.parse("2026-03-02T09:12:00Z"), Optional.empty(), ClockStatus.PENDING));
        assertThat(clock.at(Instant.parse("2026-03-02T09:12:01Z")).status()).isEqualTo(ClockStatus.BREACHED);
    }

    @Test
    void isBreachedWhenTheAgentAnswersAfterTheDueTime() {
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD, List.of(), conversation(
                Speaker.CUSTOMER, "2026-03-02T09:02:00Z", Speaker.CUSTOMER, "2026-03-02T09:09:00Z",
                Speaker.AGENT, "2026-03-02T09:26:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:30:00Z")))
                .isEqualTo(new FirstResponse(Instant.parse("2026-03-02T09:12:00Z"),
                        Optional.of(Instant.parse("2026-03-02T09:26:00Z")), ClockStatus.BREACHED));
    }

    @Test
    void doesNotCountAnAutomaticReplyAsAFirstResponse() {
        FirstResponseClock clock = clock(Channel.EMAIL, Entitlement.STANDARD, List.of(), conversation(
                Speaker.CUSTOMER, "2026-03-02T09:00:00Z", Speaker.SYSTEM, "2026-03-02T09:00:05Z",
                Speaker.AGENT, "2026-03-02T09:08:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:20:00Z")).at()).contains(Instant.parse("2026-03-02T09:08:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:20:00Z")).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void countsTheAgentsGreetingOnALivePhoneCallAsTheFirstResponse() {
        FirstResponseClock clock = clock(Channel.PHONE, Entitlement.STANDARD, List.of(), conversation(
                Speaker.AGENT, "2026-03-02T10:31:00Z", Speaker.CUSTOMER, "2026-03-02T10:31:10Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T10:32:00Z")).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void waitsForTheCustomerBeforeStartingOnAChannelThatIsNotLive() {
        assertThat(FirstResponseClock.start(Channel.EMAIL, conversation(Speaker.AGENT, "2026-03-02T10:31:00Z"),
                Entitlement.STANDARD, List.of())).isEmpty();
        assertThat(FirstResponseClock.start(Channel.CHAT, List.of(), Entitlement.STANDARD, List.of())).isEmpty();
    }

    @Test
    void ignoresAnAnswerThatComesAfterTheMomentOfReading() {
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD, List.of(), conversation(
                Speaker.CUSTOMER, "2026-03-02T09:00:00Z", Speaker.AGENT, "2026-03-02T09:05:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:04:00Z")).status()).isEqualTo(ClockStatus.PENDING);
        assertThat(clock.at(Instant.parse("2026-03-02T09:04:00Z")).at()).isEmpty();
    }

    @Test
    void letsTheAccountsEntitlementOverrideTheDefaultTarget() {
        Entitlement premium = Entitlement.STANDARD.withFirstResponse(Channel.EMAIL, Duration.ofMinutes(60));
        FirstResponseClock clock = clock(Channel.EMAIL, premium, List.of(), conversation(Speaker.CUSTOMER, "2026-03-02T09:00:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:30:00Z")))
                .isEqualTo(new FirstResponse(Instant.parse("2026-03-02T10:00:00Z"), Optional.empty(), ClockStatus.PENDING));
    }

    @Test
    void runsOnlyInBusinessHoursSoAFridayEveningMessageIsDueOnMondayMorning() {
        // Friday 6 March 2026, 16:55 in Warsaw (CET, UTC+1): five minutes before closing, five after Monday's opening.
        FirstResponseClock clock = clock(Channel.EMAIL, Entitlement.STANDARD.in(OFFICE), List.of(),
                conversation(Speaker.CUSTOMER, "2026-03-06T15:55:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-07T12:00:00Z")))
                .isEqualTo(new FirstResponse(Instant.parse("2026-03-09T08:05:00Z"), Optional.empty(), ClockStatus.PENDING));
    }

    @Test
    void skipsHolidaysOfTheCalendar() {
        BusinessCalendar withHoliday = OFFICE.withHolidays(Set.of(LocalDate.of(2026, 3, 9)));
        FirstResponseClock clock = clock(Channel.EMAIL, Entitlement.STANDARD.in(withHoliday), List.of(),
                conversation(Speaker.CUSTOMER, "2026-03-06T15:55:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-07T12:00:00Z")).due()).isEqualTo(Instant.parse("2026-03-10T08:05:00Z"));
    }

    @Test
    void startsAMessageSentAtNightAtTheNextOpening() {
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD.in(OFFICE), List.of(),
                conversation(Speaker.CUSTOMER, "2026-03-03T02:00:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-03T02:00:00Z")).due()).isEqualTo(Instant.parse("2026-03-03T08:10:00Z"));
    }

    @Test
    void followsTheCalendarsTimeZoneAcrossADaylightSavingChange() {
        // Warsaw moves to CEST (UTC+2) on Sunday 29 March 2026: Monday opens at 07:00 UTC.
        FirstResponseClock clock = clock(Channel.EMAIL, Entitlement.STANDARD.in(OFFICE), List.of(),
                conversation(Speaker.CUSTOMER, "2026-03-27T15:55:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-28T12:00:00Z")).due()).isEqualTo(Instant.parse("2026-03-30T07:05:00Z"));
    }

    @Test
    void standsStillWhileWaitingOnTheCustomer() {
        Pause waiting = new Pause(Instant.parse("2026-03-02T09:05:00Z"), Instant.parse("2026-03-02T09:35:00Z"));
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD, List.of(waiting),
                conversation(Speaker.CUSTOMER, "2026-03-02T09:00:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:40:00Z")))
                .isEqualTo(new FirstResponse(Instant.parse("2026-03-02T09:40:00Z"), Optional.empty(), ClockStatus.PENDING));
    }

    @Test
    void doesNotKnowAPauseThatStartsAfterTheMomentOfReading() {
        Pause later = new Pause(Instant.parse("2026-03-02T09:20:00Z"), Instant.parse("2026-03-02T09:50:00Z"));
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD, List.of(later),
                conversation(Speaker.CUSTOMER, "2026-03-02T09:00:00Z"));
        assertThat(clock.at(Instant.parse("2026-03-02T09:15:00Z")).status()).isEqualTo(ClockStatus.BREACHED);
    }

    @Test
    void refusesToBeReadBeforeItStarted() {
        FirstResponseClock clock = clock(Channel.CHAT, Entitlement.STANDARD, List.of(),
                conversation(Speaker.CUSTOMER, "2026-03-02T09:00:00Z"));
        assertThatThrownBy(() -> clock.at(Instant.parse("2026-03-02T08:59:59Z"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACalendarWithoutWorkingDaysOrWithHoursThatCloseBeforeTheyOpen() {
        assertThatThrownBy(() -> BusinessCalendar.of(WARSAW, Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BusinessCalendar.of(WARSAW, Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheDueTimeOfALongTargetInACalendarWithOneShortDayAWeek() {
        BusinessCalendar mondayMornings = BusinessCalendar.of(ZoneId.of("UTC"), Set.of(DayOfWeek.MONDAY),
                LocalTime.of(6, 0), LocalTime.of(10, 30));
        RunningTime running = new RunningTime(mondayMornings, List.of());
        Instant due = running.after(Instant.parse("2026-03-02T06:00:00Z"), Duration.ofMinutes(15 * 60 + 1), Instant.MAX);
        assertThat(due).isEqualTo(Instant.parse("2026-03-23T07:31:00Z"));
    }
}
