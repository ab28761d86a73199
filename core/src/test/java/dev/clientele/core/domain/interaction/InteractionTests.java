package dev.clientele.core.domain.interaction;

import dev.clientele.core.domain.conversation.Context;
import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.domain.escalation.Actor;
import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.core.domain.party.Account;
import dev.clientele.core.domain.party.AccountId;
import dev.clientele.core.domain.party.Person;
import dev.clientele.core.domain.sla.ClockStatus;
import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.core.generators.MovableClock;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionTests {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Person ANNA = Person.of("u-17", "Anna", Set.of(Role.END_USER));
    private static final Actor AGENT = new Actor("agent-7");

    private final MovableClock clock = new MovableClock(T0);

    private Interaction opened() {
        return Interaction.open(new InteractionId("case-1"), Channel.CHAT, ANNA, Optional.empty(), Context.NONE,
                List.of(new Turn(0, Speaker.CUSTOMER, T0, "Dzień dobry")), clock);
    }

    private static Interaction made(Change change) {
        assertThat(change).isInstanceOf(Change.Made.class);
        return ((Change.Made) change).interaction();
    }

    private Interaction after(Interaction i, int minutes, java.util.function.Function<Interaction, Change> op) {
        clock.advance(Duration.ofMinutes(minutes));
        return made(op.apply(i));
    }

    @Test
    void opensWithOneEventStampedByTheInjectedClock() {
        Interaction i = opened();
        assertThat(i.lifecycle()).isEqualTo(new Lifecycle.Open(T0));
        assertThat(i.history()).containsExactly(new InteractionEvent.Opened(new InteractionId("case-1"), 1, T0));
    }

    @Test
    void appendsATurnAndItsEventWithoutRewritingHistory() {
        Interaction i = opened();
        Interaction later = after(i, 3, x -> x.recordTurn(Speaker.AGENT, T0.plusSeconds(180), "Już sprawdzam", clock));
        assertThat(later.turns()).hasSize(2);
        assertThat(later.history()).startsWith(i.history().get(0))
                .endsWith(new InteractionEvent.TurnRecorded(i.id(), 1, Speaker.AGENT, T0.plusSeconds(180)));
        assertThat(i.turns()).as("the original is untouched").hasSize(1);
    }

    @Test
    void refusesATurnBeforeThePreviousTurn() {
        Interaction i = opened();
        assertThat(i.recordTurn(Speaker.AGENT, T0.minusSeconds(1), "Hello", clock))
                .isEqualTo(new Change.Refused("a turn cannot be before the previous turn"));
    }

    @Test
    void resumesWhenTheCustomerAnswersWhileWeWaitForThem() {
        Interaction waiting = after(opened(), 1, x -> x.moveTo(Lifecycle.Status.WAITING_ON_CUSTOMER, clock));
        Interaction answered = after(waiting, 5, x -> x.recordTurn(Speaker.CUSTOMER, clock.instant(), "Mam numer", clock));
        assertThat(answered.lifecycle()).isEqualTo(new Lifecycle.Open(T0.plusSeconds(360)));
        assertThat(answered.waitingOnCustomer()).hasSize(1);
    }

    @Test
    void reopensAResolvedInteractionWhenTheCustomerComesBack() {
        Interaction resolved = after(opened(), 1, x -> x.moveTo(Lifecycle.Status.RESOLVED, clock));
        Interaction back = after(resolved, 60, x -> x.recordTurn(Speaker.CUSTOMER, clock.instant(), "Znowu nie działa", clock));
        assertThat(back.lifecycle().status()).isEqualTo(Lifecycle.Status.REOPENED);
    }

    @Test
    void acceptsNothingOnceClosed() {
        Interaction resolved = after(opened(), 1, x -> x.moveTo(Lifecycle.Status.RESOLVED, clock));
        Interaction closed = after(resolved, 1, x -> x.moveTo(Lifecycle.Status.CLOSED, clock));
        assertThat(closed.recordTurn(Speaker.CUSTOMER, clock.instant(), "Halo?", clock).isMade()).isFalse();
        assertThat(closed.moveTo(Lifecycle.Status.REOPENED, clock).isMade()).isFalse();
        assertThat(closed.escalate(EscalationLevel.SUPERVISOR, EscalationReason.ABUSE, AGENT, clock))
                .isEqualTo(new Change.Refused("the interaction is closed"));
    }

    @Test
    void refusesToCloseAnInteractionThatIsNotResolved() {
        assertThat(opened().moveTo(Lifecycle.Status.CLOSED, clock))
                .isEqualTo(new Change.Refused("an interaction that is open cannot become closed"));
    }

    @Test
    void recordsWhoEscalatedWhyAndWhen() {
        Interaction up = after(opened(), 2, x -> x.escalate(EscalationLevel.SUPERVISOR, EscalationReason.CUSTOMER_REQUEST, AGENT, clock));
        assertThat(up.escalationLevel()).contains(EscalationLevel.SUPERVISOR);
        assertThat(up.escalations()).singleElement().satisfies(step -> {
            assertThat(step.actor()).isEqualTo(AGENT);
            assertThat(step.at()).isEqualTo(T0.plusSeconds(120));
        });
    }

    @Test
    void refusesToSkipToAManagerWithoutAReasonThatAllowsIt() {
        Change change = opened().escalate(EscalationLevel.MANAGER, EscalationReason.REPEAT_CONTACT, AGENT, clock);
        assertThat(change).isInstanceOfSatisfying(Change.Refused.class, r -> assertThat(r.why()).contains("skips a level"));
    }

    @Test
    void recordsACommitmentOnlyInAnAgentTurn() {
        Interaction i = after(opened(), 1, x -> x.recordTurn(Speaker.AGENT, clock.instant(), "Oddzwonię za kwadrans", clock));
        assertThat(i.recordCommitment("callback", 0, T0.plusSeconds(900), clock).isMade()).isFalse();
        Interaction promised = made(i.recordCommitment("callback", 1, T0.plusSeconds(960), clock));
        assertThat(promised.commitmentStatuses(T0.plusSeconds(600))).containsExactly(ClockStatus.PENDING);
        assertThat(promised.commitmentStatuses(T0.plusSeconds(961))).containsExactly(ClockStatus.BROKEN);
        assertThat(promised.recordCommitment("callback", 1, T0.plusSeconds(960), clock).isMade()).as("no duplicates").isFalse();
    }

    @Test
    void pausesTheFirstResponseClockWhileWaitingOnTheCustomer() {
        Interaction waiting = after(opened(), 5, x -> x.moveTo(Lifecycle.Status.WAITING_ON_CUSTOMER, clock));
        assertThat(waiting.firstResponse(T0.plusSeconds(3600)).orElseThrow().status()).isEqualTo(ClockStatus.PENDING);
        Interaction resumed = after(waiting, 30, x -> x.moveTo(Lifecycle.Status.OPEN, clock));
        assertThat(resumed.firstResponse(T0.plusSeconds(35 * 60)).orElseThrow().due()).isEqualTo(T0.plusSeconds(40 * 60));
    }

    @Test
    void takesItsFirstResponseTargetFromTheAccountsEntitlement() {
        Person payer = Person.of("u-2", "Jan", Set.of(Role.PAYER));
        Account acme = Account.of(new AccountId("acme"), "ACME", "premium", List.of(ANNA, payer),
                Entitlement.STANDARD.withFirstResponse(Channel.CHAT, Duration.ofMinutes(2)));
        Interaction i = Interaction.open(new InteractionId("c"), Channel.CHAT, ANNA, Optional.of(acme), Context.NONE,
                List.of(new Turn(0, Speaker.CUSTOMER, T0, "Hi")), clock);
        assertThat(i.firstResponse(T0.plusSeconds(150)).orElseThrow().status()).isEqualTo(ClockStatus.BREACHED);
    }

    @Test
    void refusesToOpenForAProspectWithAnAccountOrARequesterOutsideTheAccount() {
        Person prospect = Person.of("p-1", "", Set.of(Role.PROSPECT));
        Account acme = Account.of(new AccountId("acme"), "", "", List.of(ANNA), Entitlement.STANDARD);
        assertThatThrownBy(() -> Interaction.open(new InteractionId("c"), Channel.CHAT, prospect, Optional.of(acme),
                Context.NONE, List.of(), clock)).isInstanceOf(IllegalArgumentException.class);
        Person stranger = Person.of("u-99", "", Set.of(Role.END_USER));
        assertThatThrownBy(() -> Interaction.open(new InteractionId("c"), Channel.CHAT, stranger, Optional.of(acme),
                Context.NONE, List.of(), clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToOpenWithTurnsOutOfOrder() {
        List<Turn> backwards = List.of(new Turn(0, Speaker.CUSTOMER, T0, "a"), new Turn(1, Speaker.AGENT, T0.minusSeconds(1), "b"));
        assertThatThrownBy(() -> Interaction.open(new InteractionId("c"), Channel.CHAT, ANNA, Optional.empty(), Context.NONE,
                backwards, clock)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("turn 1");
    }
}
