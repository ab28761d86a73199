package dev.clientele.core.application;

import dev.clientele.core.application.internal.ConstraintCheck;
import dev.clientele.core.application.internal.InputValidation;
import dev.clientele.core.application.internal.InteractionMapping;
import dev.clientele.core.application.port.in.ChangeStatus;
import dev.clientele.core.application.port.in.EscalateInteraction;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;
import dev.clientele.core.application.port.in.OpenInteraction;
import dev.clientele.core.application.port.in.RecordCommitment;
import dev.clientele.core.application.port.in.RecordTurn;
import dev.clientele.core.application.port.out.Interactions;
import dev.clientele.core.domain.escalation.Actor;
import dev.clientele.core.domain.interaction.Change;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionId;
import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Speaker;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The use cases that change a kept interaction: open it, record a turn, move its lifecycle,
 * escalate or de-escalate it, record a commitment. Each command is checked with Bean Validation
 * first ({@link InvalidInputException} with JSON pointers such as {@code /reason}); then the
 * aggregate decides, and only a {@link Change.Made} is saved. Event times come from the injected
 * {@link Clock}. Thread-safe: commands run one at a time per service.
 */
public final class InteractionService implements OpenInteraction, RecordTurn, ChangeStatus, EscalateInteraction,
        RecordCommitment {

    private final Interactions interactions;
    private final Clock clock;

    /**
     * @param interactions where interactions are kept
     * @param clock        the source of every event's time
     */
    public InteractionService(Interactions interactions, Clock clock) {
        this.interactions = Objects.requireNonNull(interactions, "interactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized Change open(InteractionInput input) {
        InputValidation.check(input);
        InteractionId id = new InteractionId(input.id());
        if (interactions.find(id).isPresent()) {
            return new Change.Refused("interaction " + id + " is already kept");
        }
        Interaction interaction = InteractionMapping.toInteraction(input, Entitlement.STANDARD, clock);
        interactions.save(interaction);
        return new Change.Made(interaction, interaction.history());
    }

    @Override
    public synchronized Change record(RecordTurn.Command command) {
        check(command);
        return apply(command.interaction(), i -> i.recordTurn(Speaker.fromId(command.from()),
                command.at() == null ? clock.instant() : command.at(), command.text(), clock));
    }

    @Override
    public synchronized Change change(ChangeStatus.Command command) {
        check(command);
        return apply(command.interaction(), i -> i.moveTo(Lifecycle.Status.fromId(command.to()), clock));
    }

    @Override
    public synchronized Change escalate(Escalation command) {
        check(command);
        return apply(command.interaction(), i -> i.escalate(EscalationLevel.fromId(command.to()),
                EscalationReason.fromId(command.reason()), new Actor(command.actor()), clock));
    }

    @Override
    public synchronized Change deescalate(Deescalation command) {
        check(command);
        Optional<EscalationLevel> to = Optional.ofNullable(command.to()).map(EscalationLevel::fromId);
        return apply(command.interaction(), i -> i.deescalate(to, command.resolutionNote(), new Actor(command.actor()), clock));
    }

    @Override
    public synchronized Change record(RecordCommitment.Command command) {
        check(command);
        return apply(command.interaction(), i -> i.recordCommitment(command.kind(), command.turn(), command.due(), clock));
    }

    private Change apply(String id, Function<Interaction, Change> operation) {
        Optional<Interaction> found = interactions.find(new InteractionId(id));
        if (found.isEmpty()) {
            return new Change.Refused("no interaction " + id + " is kept");
        }
        Change change = operation.apply(found.get());
        if (change instanceof Change.Made made) {
            interactions.save(made.interaction());
        }
        return change;
    }

    private static void check(Object command) {
        if (command == null) {
            throw new InvalidInputException(List.of(new Violation("", "must not be null")));
        }
        List<Violation> problems = new ArrayList<>(ConstraintCheck.violations(command));
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new InvalidInputException(problems);
        }
    }
}
