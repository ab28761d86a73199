package dev.clientele.core.application;

import dev.clientele.core.application.port.in.ChangeStatus;
import dev.clientele.core.application.port.in.EscalateInteraction;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.RecordCommitment;
import dev.clientele.core.application.port.in.RecordTurn;
import dev.clientele.core.domain.interaction.Change;
import dev.clientele.core.domain.interaction.InteractionId;
import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.core.generators.Interactions;
import dev.clientele.core.generators.MovableClock;
import dev.clientele.playbooks.api.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionServiceTests {

    private final InMemoryInteractions store = new InMemoryInteractions();
    private final MovableClock clock = new MovableClock(Interactions.T0);
    private final InteractionService service = new InteractionService(store, clock);

    private static final InteractionId ID = new InteractionId(Interactions.ID);

    @Test
    void opensAnInteractionOnceAndRefusesTheSameIdAgain() {
        assertThat(service.open(Interactions.openingInput(Channel.CHAT)).isMade()).isTrue();
        assertThat(service.open(Interactions.openingInput(Channel.CHAT)))
                .isEqualTo(new Change.Refused("interaction case-1 is already kept"));
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void rejectsInvalidInputAtTheInPortWithAPointer() {
        var input = Interactions.openingInput(Channel.CHAT);
        var broken = new dev.clientele.core.application.port.in.InteractionInput(input.id(), "fax", null, input.requester(),
                null, null, input.turns(), null);
        assertThatThrownBy(() -> service.open(broken)).isInstanceOf(InvalidInputException.class)
                .hasMessage("/channel: must be one of phone, email, chat, social, in-person, other");
        assertThat(store.size()).isZero();
    }

    @Test
    void recordsATurnAtTheClocksTimeWhenNoneIsGiven() {
        service.open(Interactions.openingInput(Channel.CHAT));
        clock.advance(Duration.ofMinutes(4));
        Change change = service.record(new RecordTurn.Command(Interactions.ID, "agent", null, "Dzień dobry, już sprawdzam"));
        assertThat(change.isMade()).isTrue();
        assertThat(store.find(ID).orElseThrow().turns().get(1).at()).isEqualTo(Interactions.T0.plusSeconds(240));
    }

    @Test
    void refusesACommandForAnInteractionItDoesNotKeep() {
        assertThat(service.change(new ChangeStatus.Command("case-404", "resolved")))
                .isEqualTo(new Change.Refused("no interaction case-404 is kept"));
    }

    @Test
    void namesEveryBrokenFieldOfACommand() {
        service.open(Interactions.openingInput(Channel.CHAT));
        assertThatThrownBy(() -> service.escalate(new EscalateInteraction.Escalation(Interactions.ID, "ceo", "boredom", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.pointer()).containsExactly("/actor", "/reason", "/to"));
    }

    @Test
    void walksAnInteractionThroughEscalationCommitmentAndClosing() {
        service.open(Interactions.openingInput(Channel.PHONE));
        clock.advance(Duration.ofMinutes(1));
        service.record(new RecordTurn.Command(Interactions.ID, "agent", null, "Oddzwonię za kwadrans"));
        assertThat(service.record(new RecordCommitment.Command(Interactions.ID, "callback", 1,
                clock.instant().plus(Duration.ofMinutes(15)))).isMade()).isTrue();
        assertThat(service.escalate(new EscalateInteraction.Escalation(Interactions.ID, "supervisor", "customer-request", "agent-7"))
                .isMade()).isTrue();
        assertThat(service.deescalate(new EscalateInteraction.Deescalation(Interactions.ID, null, "Refund agreed", "lead-2"))
                .isMade()).isTrue();
        assertThat(service.change(new ChangeStatus.Command(Interactions.ID, "resolved")).isMade()).isTrue();
        assertThat(service.change(new ChangeStatus.Command(Interactions.ID, "closed")).isMade()).isTrue();

        var kept = store.find(ID).orElseThrow();
        assertThat(kept.lifecycle().status()).isEqualTo(Lifecycle.Status.CLOSED);
        assertThat(kept.escalationLevel()).isEmpty();
        assertThat(kept.escalations()).hasSize(2);
        assertThat(kept.commitments()).hasSize(1);
        assertThat(kept.history()).hasSize(7);
        assertThat(service.escalate(new EscalateInteraction.Escalation(Interactions.ID, "supervisor", "abuse", "agent-7")).isMade())
                .isFalse();
    }
}
