package dev.clientele.core.domain.interaction;

import dev.clientele.core.domain.conversation.Context;
import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.domain.escalation.Actor;
import dev.clientele.core.domain.escalation.Decision;
import dev.clientele.core.domain.escalation.EscalationPolicy;
import dev.clientele.core.domain.escalation.EscalationRequest;
import dev.clientele.core.domain.escalation.EscalationStep;
import dev.clientele.core.domain.interaction.InteractionEvent.CommitmentRecorded;
import dev.clientele.core.domain.interaction.InteractionEvent.EscalationRecorded;
import dev.clientele.core.domain.interaction.InteractionEvent.Opened;
import dev.clientele.core.domain.interaction.InteractionEvent.StatusChanged;
import dev.clientele.core.domain.interaction.InteractionEvent.TurnRecorded;
import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.core.domain.party.Account;
import dev.clientele.core.domain.party.Person;
import dev.clientele.core.domain.sla.ClockStatus;
import dev.clientele.core.domain.sla.Commitment;
import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.core.domain.sla.FirstResponse;
import dev.clientele.core.domain.sla.FirstResponseClock;
import dev.clientele.core.domain.sla.Pause;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Speaker;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The aggregate: one conversation between a customer and us, with its parties, turns, lifecycle,
 * escalations, commitments and an append-only history of events.
 *
 * <p>Immutable. Operations ({@link #recordTurn}, {@link #moveTo}, {@link #escalate},
 * {@link #deescalate}, {@link #recordCommitment}) return a {@link Change}: either the interaction after
 * the change with the events it appended, their times taken from the given {@link Clock}, or a
 * refusal that leaves everything as it was. The invariants, checked whenever one is built:
 * <ul>
 *   <li>a prospect requester has no account; with an account, the requester is one of its people;</li>
 *   <li>turns are numbered from 0 and in non-decreasing time order;</li>
 *   <li>the history starts with {@code Opened}, belongs to this interaction, and its times never go back;</li>
 *   <li>the lifecycle is the state the history's last status change reached;</li>
 *   <li>the escalation steps climb one level at a time unless their reason allows skipping, and step
 *       down only with a resolution note;</li>
 *   <li>every commitment was made in an agent turn of this interaction.</li>
 * </ul>
 */
public final class Interaction {

    private final InteractionId id;
    private final Channel channel;
    private final Person requester;
    private final Optional<Account> account;
    private final Context context;
    private final List<Turn> turns;
    private final Lifecycle lifecycle;
    private final List<EscalationStep> escalations;
    private final List<Commitment> commitments;
    private final List<InteractionEvent> history;

    private Interaction(InteractionId id, Channel channel, Person requester, Optional<Account> account, Context context,
                        List<Turn> turns, Lifecycle lifecycle, List<EscalationStep> escalations,
                        List<Commitment> commitments, List<InteractionEvent> history) {
        this.id = Objects.requireNonNull(id, "id");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.account = Objects.requireNonNull(account, "account");
        this.context = Objects.requireNonNull(context, "context");
        this.turns = Turn.inOrder(turns);
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.escalations = List.copyOf(escalations);
        this.commitments = List.copyOf(commitments);
        this.history = List.copyOf(history);
        checkParties();
        checkHistory();
        checkEscalations();
        checkCommitments();
    }

    /**
     * Opens an interaction with the turns so far; its lifecycle is {@code open} and its history one
     * {@code Opened} event, both at {@code clock}'s instant.
     *
     * @throws IllegalArgumentException when the parts break an invariant
     */
    public static Interaction open(InteractionId id, Channel channel, Person requester, Optional<Account> account,
                                   Context context, List<Turn> turns, Clock clock) {
        Instant now = clock.instant();
        return new Interaction(id, channel, requester, account, context, turns, new Lifecycle.Open(now), List.of(),
                List.of(), List.of(new Opened(id, turns.size(), now)));
    }

    /**
     * Adds a turn said at {@code at}. A customer turn moves an interaction waiting on the customer
     * back to open, and a resolved one to reopened. Refused when the interaction is closed, the text
     * is blank, or {@code at} is before the last turn.
     */
    public Change recordTurn(Speaker from, Instant at, String text, Clock clock) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
        if (lifecycle instanceof Lifecycle.Closed) {
            return new Change.Refused("the interaction is closed");
        }
        if (text == null || text.isBlank()) {
            return new Change.Refused("a turn must say something");
        }
        if (!turns.isEmpty() && at.isBefore(turns.get(turns.size() - 1).at())) {
            return new Change.Refused("a turn cannot be before the previous turn");
        }
        Instant now = clock.instant();
        List<Turn> moreTurns = new ArrayList<>(turns);
        moreTurns.add(new Turn(turns.size(), from, at, text));
        List<InteractionEvent> events = new ArrayList<>();
        events.add(new TurnRecorded(id, turns.size(), from, now));
        Lifecycle next = lifecycle;
        if (from == Speaker.CUSTOMER) {
            if (lifecycle instanceof Lifecycle.WaitingOnCustomer waiting) {
                next = waiting.resume(now);
            } else if (lifecycle instanceof Lifecycle.Resolved resolved) {
                next = resolved.reopen(now);
            }
        }
        if (next != lifecycle) {
            events.add(new StatusChanged(id, lifecycle.status(), next.status(), now));
        }
        return made(moreTurns, next, escalations, commitments, events);
    }

    /** Moves the lifecycle to {@code target}; refused when that transition is not legal from the current state. */
    public Change moveTo(Lifecycle.Status target, Clock clock) {
        Instant now = clock.instant();
        Optional<Lifecycle> next = lifecycle.next(target, now);
        if (next.isEmpty()) {
            return new Change.Refused("an interaction that is " + lifecycle.status().id() + " cannot become " + target.id());
        }
        return made(turns, next.get(), escalations, commitments,
                List.of(new StatusChanged(id, lifecycle.status(), target, now)));
    }

    /** Escalates to {@code to} for {@code reason}, if {@link EscalationPolicy} allows it. */
    public Change escalate(EscalationLevel to, EscalationReason reason, Actor actor, Clock clock) {
        Decision decision = EscalationPolicy.decide(new EscalationRequest.Up(lifecycle, escalationLevel(), to, reason));
        if (decision instanceof Decision.Refused refused) {
            return new Change.Refused(refused.why());
        }
        EscalationStep step = new EscalationStep.Escalation(to, reason, actor, clock.instant());
        return withStep(step);
    }

    /** Steps down to {@code to} (empty for no escalation) with a resolution note, if {@link EscalationPolicy} allows it. */
    public Change deescalate(Optional<EscalationLevel> to, String resolutionNote, Actor actor, Clock clock) {
        Decision decision = EscalationPolicy.decide(
                new EscalationRequest.Down(lifecycle, escalationLevel(), to, resolutionNote));
        if (decision instanceof Decision.Refused refused) {
            return new Change.Refused(refused.why());
        }
        EscalationStep step = new EscalationStep.Deescalation(to, resolutionNote, actor, clock.instant());
        return withStep(step);
    }

    private Change withStep(EscalationStep step) {
        List<EscalationStep> more = new ArrayList<>(escalations);
        more.add(step);
        return made(turns, lifecycle, more, commitments, List.of(new EscalationRecorded(id, step)));
    }

    /**
     * Records that the agent promised something of {@code kind} in turn {@code turn}, due at {@code due}.
     * Refused when the interaction is closed, the turn is not an agent turn of this interaction, the
     * due time is before that turn, or the same promise is already recorded.
     */
    public Change recordCommitment(String kind, int turn, Instant due, Clock clock) {
        if (lifecycle instanceof Lifecycle.Closed) {
            return new Change.Refused("the interaction is closed");
        }
        if (turn < 0 || turn >= turns.size() || !turns.get(turn).byAgent()) {
            return new Change.Refused("turn " + turn + " is not an agent turn of this interaction");
        }
        Instant madeAt = turns.get(turn).at();
        if (due.isBefore(madeAt)) {
            return new Change.Refused("a commitment cannot fall due before the turn that made it");
        }
        Commitment commitment;
        try {
            commitment = new Commitment(kind, turn, madeAt, due);
        } catch (IllegalArgumentException e) {
            return new Change.Refused(e.getMessage());
        }
        if (commitments.contains(commitment)) {
            return new Change.Refused("this commitment is already recorded");
        }
        List<Commitment> more = new ArrayList<>(commitments);
        more.add(commitment);
        return made(turns, lifecycle, escalations, more, List.of(new CommitmentRecorded(id, commitment, clock.instant())));
    }

    private Change made(List<Turn> newTurns, Lifecycle newLifecycle, List<EscalationStep> newEscalations,
                        List<Commitment> newCommitments, List<InteractionEvent> events) {
        List<InteractionEvent> longer = new ArrayList<>(history);
        longer.addAll(events);
        Interaction after = new Interaction(id, channel, requester, account, context, newTurns, newLifecycle,
                newEscalations, newCommitments, longer);
        return new Change.Made(after, events);
    }

    /** The hierarchical escalation level now; empty when not escalated. */
    public Optional<EscalationLevel> escalationLevel() {
        return EscalationStep.levelAfter(escalations);
    }

    /** The entitlement that governs the clocks: the account's, or the standard one. */
    public Entitlement entitlement() {
        return account.map(Account::entitlement).orElse(Entitlement.STANDARD);
    }

    /** The turns said by {@code asOf}. */
    public List<Turn> turnsBy(Instant asOf) {
        return turns.stream().filter(t -> !t.at().isAfter(asOf)).toList();
    }

    /** The periods spent waiting on the customer, the last one open-ended while it still waits. */
    public List<Pause> waitingOnCustomer() {
        List<Pause> pauses = new ArrayList<>();
        Instant since = null;
        for (InteractionEvent e : history) {
            if (e instanceof StatusChanged change) {
                if (change.to() == Lifecycle.Status.WAITING_ON_CUSTOMER) {
                    since = change.at();
                } else if (since != null) {
                    if (change.at().isAfter(since)) {
                        pauses.add(new Pause(since, change.at()));
                    }
                    since = null;
                }
            }
        }
        if (since != null) {
            pauses.add(new Pause(since, Instant.MAX));
        }
        return List.copyOf(pauses);
    }

    /** The first-response clock read at {@code asOf}; empty when nothing has started it by then. */
    public Optional<FirstResponse> firstResponse(Instant asOf) {
        return FirstResponseClock.start(channel, turnsBy(asOf), entitlement(), waitingOnCustomer())
                .map(clock -> clock.at(asOf));
    }

    /** The status of each recorded commitment at {@code asOf}, in the order they were recorded. */
    public List<ClockStatus> commitmentStatuses(Instant asOf) {
        return commitments.stream().map(c -> c.at(turns, asOf)).toList();
    }

    public InteractionId id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public Person requester() {
        return requester;
    }

    public Optional<Account> account() {
        return account;
    }

    public Context context() {
        return context;
    }

    /** The turns, in order; immutable. */
    public List<Turn> turns() {
        return turns;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Every escalation step ever taken, oldest first; immutable. */
    public List<EscalationStep> escalations() {
        return escalations;
    }

    /** Every commitment recorded, oldest first; immutable. */
    public List<Commitment> commitments() {
        return commitments;
    }

    /** Every event, oldest first; immutable and only ever extended. */
    public List<InteractionEvent> history() {
        return history;
    }

    private void checkParties() {
        if (requester.isProspect() && account.isPresent()) {
            throw new IllegalArgumentException("a prospect has no account");
        }
        if (account.isPresent() && account.get().person(requester.id()).isEmpty()) {
            throw new IllegalArgumentException("the requester must be one of the account's people");
        }
    }

    private void checkHistory() {
        if (history.isEmpty() || !(history.get(0) instanceof Opened)) {
            throw new IllegalArgumentException("an interaction's history starts with its opening");
        }
        Lifecycle.Status status = Lifecycle.Status.OPEN;
        Instant previous = history.get(0).at();
        for (InteractionEvent e : history) {
            if (!e.interaction().equals(id)) {
                throw new IllegalArgumentException("an event of " + e.interaction() + " is in the history of " + id);
            }
            if (e.at().isBefore(previous)) {
                throw new IllegalArgumentException("the history's times never go back");
            }
            previous = e.at();
            if (e instanceof StatusChanged change) {
                if (change.from() != status) {
                    throw new IllegalArgumentException("a status change starts where the previous one ended");
                }
                status = change.to();
            }
        }
        if (status != lifecycle.status()) {
            throw new IllegalArgumentException("the lifecycle is where the history's status changes lead");
        }
    }

    private void checkEscalations() {
        List<EscalationStep> before = new ArrayList<>();
        Lifecycle notClosed = new Lifecycle.Open(history.get(0).at());
        for (EscalationStep step : escalations) {
            Optional<EscalationLevel> current = EscalationStep.levelAfter(before);
            EscalationRequest request = step instanceof EscalationStep.Escalation up
                    ? new EscalationRequest.Up(notClosed, current, up.to(), up.reason())
                    : new EscalationRequest.Down(notClosed, current, ((EscalationStep.Deescalation) step).to(),
                    ((EscalationStep.Deescalation) step).resolutionNote());
            if (!EscalationPolicy.decide(request).isAllowed()) {
                throw new IllegalArgumentException("escalation step " + before.size() + " breaks the escalation policy");
            }
            before.add(step);
        }
    }

    private void checkCommitments() {
        for (Commitment c : commitments) {
            if (c.turn() >= turns.size() || !turns.get(c.turn()).byAgent()
                    || !turns.get(c.turn()).at().equals(c.madeAt())) {
                throw new IllegalArgumentException("a commitment is made in an agent turn of its interaction");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interaction other && id.equals(other.id) && channel == other.channel
                && requester.equals(other.requester) && account.equals(other.account) && context.equals(other.context)
                && turns.equals(other.turns) && lifecycle.equals(other.lifecycle) && escalations.equals(other.escalations)
                && commitments.equals(other.commitments) && history.equals(other.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, turns.size(), history.size());
    }

    @Override
    public String toString() {
        return "Interaction[" + id + ", " + channel.id() + ", " + lifecycle.status().id() + ", " + turns.size()
                + " turns, " + history.size() + " events]";
    }
}
