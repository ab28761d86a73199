package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.playbooks.api.Speaker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitmentTests {

    private static final Instant PROMISED = Instant.parse("2026-03-02T10:18:00Z");
    private static final Instant DUE = Instant.parse("2026-03-02T10:33:00Z");

    private static List<Turn> promiseThen(Speaker from, String at) {
        return List.of(new Turn(0, Speaker.CUSTOMER, PROMISED.minusSeconds(60), "Need it now"),
                new Turn(1, Speaker.AGENT, PROMISED, "I'll call you back in 15 minutes"),
                new Turn(2, from, Instant.parse(at), "..."));
    }

    @Test
    void isKeptByAnAgentTurnBeforeTheDueTime() {
        Commitment callback = new Commitment("callback", 1, PROMISED, DUE);
        assertThat(callback.at(promiseThen(Speaker.AGENT, "2026-03-02T10:30:00Z"), Instant.parse("2026-03-02T11:00:00Z")))
                .isEqualTo(ClockStatus.KEPT);
    }

    @Test
    void isKeptByATurnExactlyAtTheDueTime() {
        Commitment callback = new Commitment("callback", 1, PROMISED, DUE);
        assertThat(callback.at(promiseThen(Speaker.AGENT, "2026-03-02T10:33:00Z"), DUE)).isEqualTo(ClockStatus.KEPT);
    }

    @Test
    void isKeptByASystemTurnRecordingTheCallBack() {
        Commitment callback = new Commitment("callback", 1, PROMISED, DUE);
        assertThat(callback.at(promiseThen(Speaker.SYSTEM, "2026-03-02T10:30:00Z"), DUE)).isEqualTo(ClockStatus.KEPT);
    }

    @Test
    void isNotKeptByASystemTurnWhenTheAgentPromisedAnUpdate() {
        Commitment update = new Commitment("update", 1, PROMISED, DUE);
        assertThat(update.at(promiseThen(Speaker.SYSTEM, "2026-03-02T10:30:00Z"), Instant.parse("2026-03-02T11:00:00Z")))
                .isEqualTo(ClockStatus.BROKEN);
    }

    @Test
    void isNotKeptByTheCustomerChasingIt() {
        Commitment callback = new Commitment("callback", 1, PROMISED, DUE);
        List<Turn> turns = promiseThen(Speaker.CUSTOMER, "2026-03-02T10:30:00Z");
        assertThat(callback.at(turns, Instant.parse("2026-03-02T10:31:00Z"))).isEqualTo(ClockStatus.PENDING);
        assertThat(callback.at(turns, Instant.parse("2026-03-02T10:33:01Z"))).isEqualTo(ClockStatus.BROKEN);
    }

    @Test
    void isBrokenWhenTheAgentComesBackLate() {
        Commitment callback = new Commitment("callback", 1, PROMISED, DUE);
        assertThat(callback.at(promiseThen(Speaker.AGENT, "2026-03-02T11:25:00Z"), Instant.parse("2026-03-02T11:25:00Z")))
                .isEqualTo(ClockStatus.BROKEN);
    }

    @Test
    void isStillPendingWhenTheKeepingTurnComesAfterTheMomentOfReading() {
        Commitment callback = new Commitment("callback", 1, PROMISED, DUE);
        assertThat(callback.at(promiseThen(Speaker.AGENT, "2026-03-02T10:30:00Z"), Instant.parse("2026-03-02T10:25:00Z")))
                .isEqualTo(ClockStatus.PENDING);
    }

    @Test
    void cannotFallDueBeforeItWasMade() {
        assertThatThrownBy(() -> new Commitment("callback", 1, PROMISED, PROMISED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Commitment("Call Back", 1, PROMISED, DUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
