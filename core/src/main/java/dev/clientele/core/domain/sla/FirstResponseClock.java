package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.playbooks.api.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first-response clock: how soon an agent first answered the customer.
 *
 * <p>Entry points: {@link #start(Channel, List, Entitlement, List)} builds the clock from the turns
 * (pass only turns up to the moment of assessment), and {@link #at(Instant)} reads it as pending,
 * met or breached. The rules:
 * <ul>
 *   <li>on a live channel (phone, in person) the clock starts with the first turn of anyone, and
 *       the first agent turn answers it, even a greeting that comes before the customer speaks;</li>
 *   <li>elsewhere it starts with the first customer turn and the first later agent turn answers it;
 *       system turns (automatic replies) never do;</li>
 *   <li>the target comes from the entitlement (ten minutes by default); the clock runs only in the
 *       entitlement's business hours and stands still during pauses such as waiting on the customer;</li>
 *   <li>it is breached when the reading is after the due time without an answer, or the answer
 *       came after the due time; once breached it stays breached at every later reading.</li>
 * </ul>
 *
 * @param started    when the clock started
 * @param target     how long it may run before it falls due
 * @param running    when it runs
 * @param answeredAt when an agent first answered, if ever
 */
public record FirstResponseClock(Instant started, Duration target, RunningTime running, Optional<Instant> answeredAt) {

    public FirstResponseClock {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(target, "target");
        if (target.isZero() || target.isNegative()) {
            throw new IllegalArgumentException("a first-response target is positive");
        }
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (answeredAt.isPresent() && answeredAt.get().isBefore(started)) {
            throw new IllegalArgumentException("a first response cannot come before the clock starts");
        }
    }

    /**
     * The clock of a conversation on {@code channel}, or empty when nothing has started it yet
     * (no turn at all, or no customer turn on a channel that is not live).
     *
     * @param turns  the turns in order
     * @param pauses when the clock stood still; may be empty
     */
    public static Optional<FirstResponseClock> start(Channel channel, List<Turn> turns, Entitlement entitlement,
                                                     List<Pause> pauses) {
        Optional<Turn> starter = channel.isLive()
                ? turns.stream().findFirst()
                : turns.stream().filter(Turn::byCustomer).findFirst();
        return starter.map(first -> {
            Optional<Instant> answer = turns.stream()
                    .filter(t -> t.byAgent() && t.index() >= first.index())
                    .map(Turn::at)
                    .findFirst();
            return new FirstResponseClock(first.at(), entitlement.firstResponseOn(channel),
                    new RunningTime(entitlement.calendar(), pauses), answer);
        });
    }

    /**
     * Reads the clock at {@code asOf}: answers after {@code asOf} and pauses that start after it are not known yet.
     *
     * @throws IllegalArgumentException when {@code asOf} is before the clock started
     */
    public FirstResponse at(Instant asOf) {
        if (asOf.isBefore(started)) {
            throw new IllegalArgumentException("the first-response clock is read before it started");
        }
        Optional<Instant> answer = answeredAt.filter(a -> !a.isAfter(asOf));
        if (answer.isPresent()) {
            Instant due = running.after(started, target, answer.get());
            return new FirstResponse(due, answer, answer.get().isAfter(due) ? ClockStatus.BREACHED : ClockStatus.MET);
        }
        Instant due = running.after(started, target, asOf);
        return new FirstResponse(due, Optional.empty(), asOf.isAfter(due) ? ClockStatus.BREACHED : ClockStatus.PENDING);
    }
}
