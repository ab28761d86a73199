package dev.clientele.core.generators;

import dev.clientele.core.domain.escalation.EscalationStep;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionEvent;
import dev.clientele.core.domain.lifecycle.Lifecycle.Status;
import dev.clientele.core.domain.party.Payer;
import dev.clientele.core.domain.sla.Commitment;
import dev.clientele.playbooks.api.Role;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every invariant of the issue, stated independently of the aggregate's own checks, so that a
 * property test notices when the aggregate and the rules drift apart.
 */
public final class InteractionInvariants {

    /** The legal lifecycle moves, written out as the issue states them. */
    public static final Map<Status, Set<Status>> LEGAL = Map.of(
            Status.OPEN, Set.of(Status.WAITING_ON_CUSTOMER, Status.RESOLVED),
            Status.WAITING_ON_CUSTOMER, Set.of(Status.OPEN, Status.RESOLVED),
            Status.RESOLVED, Set.of(Status.CLOSED, Status.REOPENED),
            Status.REOPENED, Set.of(Status.WAITING_ON_CUSTOMER, Status.RESOLVED),
            Status.CLOSED, Set.of());

    private InteractionInvariants() {
    }

    /** Asserts every invariant of {@code i}. */
    public static void hold(Interaction i) {
        partiesAreConsistent(i);
        turnsAreInOrder(i);
        historyIsConsistent(i);
        escalationsNeverSkipWithoutReason(i);
        commitmentsAreMadeInAgentTurns(i);
    }

    /** After {@code after} was made from {@code before}, the history only grew. */
    public static void historyOnlyGrew(Interaction before, Interaction after) {
        assertThat(after.history()).as("a change appends at least one event").hasSizeGreaterThan(before.history().size());
        assertThat(after.history().subList(0, before.history().size())).as("history is append-only").isEqualTo(before.history());
        assertThat(after.turns()).hasSizeGreaterThanOrEqualTo(before.turns().size());
        assertThat(after.turns().subList(0, before.turns().size())).as("turns are append-only").isEqualTo(before.turns());
        assertThat(after.escalations()).hasSizeGreaterThanOrEqualTo(before.escalations().size());
        assertThat(after.escalations().subList(0, before.escalations().size())).as("escalations are append-only")
                .isEqualTo(before.escalations());
        assertThat(after.commitments()).hasSizeGreaterThanOrEqualTo(before.commitments().size());
        assertThat(after.commitments().subList(0, before.commitments().size())).as("commitments are append-only")
                .isEqualTo(before.commitments());
    }

    /**
     * Reads the interaction's clocks every few minutes for a day after it opened: a first response,
     * once met or breached, never changes again, and neither does a commitment once kept or broken.
     */
    public static void clocksNeverTurnBack(Interaction i) {
        java.time.Instant from = i.history().get(0).at();
        dev.clientele.core.domain.sla.ClockStatus first = null;
        java.util.List<dev.clientele.core.domain.sla.ClockStatus> settled = null;
        for (int minutes = 0; minutes <= 24 * 60; minutes += 4) {
            java.time.Instant asOf = from.plusSeconds(60L * minutes);
            var reading = i.firstResponse(asOf);
            if (reading.isPresent()) {
                var status = reading.get().status();
                if (first != null && first != dev.clientele.core.domain.sla.ClockStatus.PENDING) {
                    assertThat(status).as("first response at %s", asOf).isEqualTo(first);
                }
                first = status;
            }
            var commitments = i.commitmentStatuses(asOf);
            if (settled != null) {
                for (int k = 0; k < commitments.size(); k++) {
                    if (settled.get(k) != dev.clientele.core.domain.sla.ClockStatus.PENDING) {
                        assertThat(commitments.get(k)).as("commitment %d at %s", k, asOf).isEqualTo(settled.get(k));
                    }
                }
            }
            settled = commitments;
        }
    }

    static void partiesAreConsistent(Interaction i) {
        assertThat(i.requester().roles()).as("a person holds at least one role").isNotEmpty();
        if (i.requester().has(Role.PROSPECT)) {
            assertThat(i.account()).as("a prospect has no account").isEmpty();
            assertThat(i.requester().roles()).as("a prospect binds no contract").doesNotContain(Role.PAYER, Role.DECISION_MAKER);
        }
        i.account().ifPresent(a -> {
            assertThat(a.person(i.requester().id())).as("the requester acts for the account").isPresent();
            boolean someonePays = a.people().stream().anyMatch(p -> p.has(Role.PAYER));
            if (a.payer() instanceof Payer.Known known) {
                assertThat(a.person(known.person())).as("a known payer is one of the account's people")
                        .hasValueSatisfying(p -> assertThat(p.has(Role.PAYER)).isTrue());
            } else {
                assertThat(someonePays).as("an unknown payer means nobody on the account pays").isFalse();
            }
        });
    }

    static void turnsAreInOrder(Interaction i) {
        for (int k = 0; k < i.turns().size(); k++) {
            assertThat(i.turns().get(k).index()).isEqualTo(k);
            if (k > 0) {
                assertThat(i.turns().get(k).at()).as("turn %d is not before the previous turn", k)
                        .isAfterOrEqualTo(i.turns().get(k - 1).at());
            }
        }
    }

    static void historyIsConsistent(Interaction i) {
        assertThat(i.history()).isNotEmpty();
        assertThat(i.history().get(0)).isInstanceOf(InteractionEvent.Opened.class);
        Status status = Status.OPEN;
        boolean closed = false;
        for (int k = 0; k < i.history().size(); k++) {
            InteractionEvent e = i.history().get(k);
            assertThat(e.interaction()).isEqualTo(i.id());
            assertThat(closed).as("nothing happens to a closed interaction (event %d: %s)", k, e).isFalse();
            if (k > 0) {
                assertThat(e.at()).as("event times never go back").isAfterOrEqualTo(i.history().get(k - 1).at());
            }
            if (e instanceof InteractionEvent.StatusChanged change) {
                assertThat(change.from()).isEqualTo(status);
                assertThat(LEGAL.get(status)).as("only legal transitions").contains(change.to());
                status = change.to();
                closed = status == Status.CLOSED;
            }
        }
        assertThat(i.lifecycle().status()).as("the lifecycle is where the history leads").isEqualTo(status);
    }

    static void escalationsNeverSkipWithoutReason(Interaction i) {
        int rank = 0;
        for (EscalationStep step : i.escalations()) {
            if (step instanceof EscalationStep.Escalation up && up.to().isHierarchical()) {
                assertThat(up.to().rank()).as("an escalation goes up").isGreaterThan(rank);
                if (up.to().rank() > rank + 1) {
                    assertThat(up.reason().allowsSkippingLevels()).as("a skipped level needs a reason that allows it: %s", up).isTrue();
                }
                rank = up.to().rank();
            } else if (step instanceof EscalationStep.Deescalation down) {
                assertThat(down.resolutionNote()).as("a de-escalation has a resolution note").isNotBlank();
                int to = down.to().map(l -> l.rank()).orElse(0);
                assertThat(to).as("a de-escalation goes down").isLessThan(rank);
                rank = to;
            }
        }
        assertThat(i.escalationLevel().map(l -> l.rank()).orElse(0)).isEqualTo(rank);
        long recorded = i.history().stream().filter(e -> e instanceof InteractionEvent.EscalationRecorded).count();
        assertThat(recorded).as("every escalation step is in the history").isEqualTo(i.escalations().size());
    }

    static void commitmentsAreMadeInAgentTurns(Interaction i) {
        for (Commitment c : i.commitments()) {
            assertThat(c.turn()).isLessThan(i.turns().size());
            assertThat(i.turns().get(c.turn()).byAgent()).as("a commitment is made in an agent turn").isTrue();
            assertThat(c.due()).isAfterOrEqualTo(c.madeAt());
        }
    }
}
