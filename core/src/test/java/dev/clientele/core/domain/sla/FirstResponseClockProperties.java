package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.generators.Interactions;
import dev.clientele.core.generators.Parties;
import dev.clientele.playbooks.api.Channel;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class FirstResponseClockProperties {

    private static final Instant T0 = Interactions.T0;

    @Test
    void aBreachedClockStaysBreachedForEveryLaterAsOf() {
        qt().withExamples(400)
                .forAll(Generate.enumValues(Channel.class), Interactions.turns(12), Parties.entitlements(), Interactions.pauses())
                .checkAssert((channel, turns, entitlement, pauses) -> FirstResponseClock.start(channel, turns, entitlement, pauses)
                        .ifPresent(clock -> {
                            boolean breached = false;
                            for (int minutes = 0; minutes <= 3 * 24 * 60; minutes += 7) {
                                Instant asOf = clock.started().plus(Duration.ofMinutes(minutes));
                                ClockStatus status = clock.at(asOf).status();
                                if (breached) {
                                    assertThat(status).as("at %s", asOf).isEqualTo(ClockStatus.BREACHED);
                                }
                                breached = status == ClockStatus.BREACHED;
                            }
                        }));
    }

    @Test
    void aClockThatIsMetStaysMetAndNeverBecomesPendingAgain() {
        qt().withExamples(300)
                .forAll(Generate.enumValues(Channel.class), Interactions.turns(12), Parties.entitlements(), Interactions.pauses())
                .checkAssert((channel, turns, entitlement, pauses) -> FirstResponseClock.start(channel, turns, entitlement, pauses)
                        .ifPresent(clock -> {
                            ClockStatus previous = ClockStatus.PENDING;
                            for (int minutes = 0; minutes <= 24 * 60; minutes += 5) {
                                ClockStatus status = clock.at(clock.started().plus(Duration.ofMinutes(minutes))).status();
                                if (previous != ClockStatus.PENDING) {
                                    assertThat(status).isEqualTo(previous);
                                }
                                previous = status;
                            }
                        }));
    }

    @Test
    void pausingNeverMakesAClockDueEarlier() {
        qt().withExamples(400)
                .forAll(Parties.calendars(), Interactions.pauses(), Interactions.pauses(), Interactions.targets())
                .checkAssert((calendar, pauses, extra, target) -> {
                    List<Pause> more = new ArrayList<>(pauses);
                    more.addAll(extra);
                    Instant known = T0.plus(Duration.ofDays(2));
                    Instant due = new RunningTime(calendar, pauses).after(T0, target, known);
                    Instant dueWithMorePauses = new RunningTime(calendar, more).after(T0, target, known);
                    assertThat(dueWithMorePauses).isAfterOrEqualTo(due);
                });
    }

    @Test
    void theClockHasRunExactlyItsTargetAtTheDueTime() {
        qt().withExamples(400)
                .forAll(Parties.calendars(), Interactions.pauses(), Interactions.targets(), integers().between(0, 7 * 24 * 60))
                .checkAssert((calendar, pauses, target, startMinute) -> {
                    Instant start = T0.plus(Duration.ofMinutes(startMinute));
                    RunningTime running = new RunningTime(calendar, pauses);
                    Instant due = running.after(start, target, Instant.MAX);
                    assertThat(running.between(start, due)).isEqualTo(target);
                    assertThat(due).isAfterOrEqualTo(start.plus(target));
                });
    }

    @Test
    void runningTimeNeverExceedsWallTimeAndAddsUpOverSplitPeriods() {
        qt().withExamples(400)
                .forAll(Parties.calendars(), Interactions.pauses(), lists().of(integers().between(0, 4 * 24 * 60)).ofSize(3))
                .checkAssert((calendar, pauses, minutes) -> {
                    List<Instant> at = minutes.stream().sorted().map(m -> T0.plus(Duration.ofMinutes(m))).toList();
                    RunningTime running = new RunningTime(calendar, pauses);
                    Duration whole = running.between(at.get(0), at.get(2));
                    assertThat(whole).isLessThanOrEqualTo(Duration.between(at.get(0), at.get(2)));
                    assertThat(whole.isNegative()).isFalse();
                    assertThat(running.between(at.get(0), at.get(1)).plus(running.between(at.get(1), at.get(2)))).isEqualTo(whole);
                });
    }

    @Test
    void onALiveChannelTheFirstAgentTurnAnswersTheClock() {
        qt().withExamples(300).forAll(Interactions.turns(10), Parties.entitlements()).checkAssert((turns, entitlement) ->
                FirstResponseClock.start(Channel.PHONE, turns, entitlement, List.of()).ifPresent(clock ->
                        assertThat(clock.answeredAt()).isEqualTo(turns.stream().filter(Turn::byAgent).map(Turn::at).findFirst())));
    }
}
