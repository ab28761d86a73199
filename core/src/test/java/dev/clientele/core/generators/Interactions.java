package dev.clientele.core.generators;

import dev.clientele.core.application.port.in.ChangeStatus;
import dev.clientele.core.application.port.in.EscalateInteraction;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.RecordCommitment;
import dev.clientele.core.application.port.in.RecordTurn;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.domain.conversation.Context;
import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionId;
import dev.clientele.core.domain.lifecycle.Lifecycle;
import dev.clientele.core.domain.sla.Pause;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Speaker;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Generators for turns, interactions, pauses and the commands that change a kept interaction. */
public final class Interactions {

    /** A Monday morning, where every generated conversation starts. */
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    /** The id every stateful property works on. */
    public static final String ID = "case-1";

    private static final List<String> TEXTS = List.of("Dzień dobry", "Where is my order?", "Oddzwonię za kwadrans",
            "I'll call you back in 15 minutes", "ok", "Call placed to the customer", "To skandal!!!");

    private Interactions() {
    }

    /** Turns numbered from 0, in non-decreasing time order from {@link #T0}, gaps of up to 20 minutes. */
    public static Gen<List<Turn>> turns(int max) {
        Gen<Pair<Speaker, Integer>> step = Generate.enumValues(Speaker.class).zip(integers().between(0, 1200), Pair::of);
        return lists().of(step).ofSizeBetween(0, max).zip(Generate.pick(TEXTS), (steps, text) -> {
            List<Turn> turns = new ArrayList<>();
            Instant at = T0;
            for (Pair<Speaker, Integer> s : steps) {
                at = at.plusSeconds(s._2);
                turns.add(new Turn(turns.size(), s._1, at, text));
            }
            return turns;
        });
    }

    /** Pauses starting within three hours of {@link #T0}, each up to two hours long. */
    public static Gen<List<Pause>> pauses() {
        Gen<Pause> pause = integers().between(0, 3 * 3600).zip(integers().between(1, 2 * 3600),
                (start, length) -> new Pause(T0.plusSeconds(start), T0.plusSeconds(start + length)));
        return lists().of(pause).ofSizeBetween(0, 4);
    }

    /** An interaction opened at {@link #T0} with generated parties and up to {@code maxTurns} turns. */
    public static Gen<Interaction> opened(int maxTurns) {
        return Parties.requesters().zip(Generate.enumValues(Channel.class), turns(maxTurns), (r, channel, turns) ->
                Interaction.open(new InteractionId(ID), channel, r.person(), r.account(), Context.NONE, turns,
                        Clock.fixed(T0, ZoneOffset.UTC)));
    }

    /** The boundary input that opens {@link #ID} with one customer turn at {@link #T0}. */
    public static InteractionInput openingInput(Channel channel) {
        return new InteractionInput(ID, channel.id(), null, new PartyInput("u-1", "Anna", List.of("end-user")), null, null,
                List.of(new TurnInput(T0, "customer", "Dzień dobry, mam problem")), null);
    }

    /**
     * A command of the stateful model, applied after the clock moved forward by {@code advance} seconds.
     * Each renders itself as the in-port's command record.
     */
    public sealed interface Command {
        /** Seconds the clock moves before the command. */
        int advance();
    }

    /** Say something; {@code back} seconds before now (0 for now, or a turn that may go back in time). */
    public record Say(int advance, Speaker from, int back, String text) implements Command {
        public RecordTurn.Command at(Instant now) {
            return new RecordTurn.Command(ID, from.id(), back == 0 ? null : now.minusSeconds(back), text);
        }
    }

    /** Move the lifecycle. */
    public record Move(int advance, Lifecycle.Status to) implements Command {
        public ChangeStatus.Command command() {
            return new ChangeStatus.Command(ID, to.id());
        }
    }

    /** Escalate. */
    public record Escalate(int advance, EscalationLevel to, EscalationReason reason) implements Command {
        public EscalateInteraction.Escalation command() {
            return new EscalateInteraction.Escalation(ID, to.id(), reason.id(), "agent-7");
        }
    }

    /** Step down. */
    public record StepDown(int advance, Optional<EscalationLevel> to, String note) implements Command {
        public EscalateInteraction.Deescalation command() {
            return new EscalateInteraction.Deescalation(ID, to.map(EscalationLevel::id).orElse(null), note, "lead-2");
        }
    }

    /** Record a promise made in turn {@code turn}, due {@code dueIn} seconds from now (negative: in the past). */
    public record Promise(int advance, String kind, int turn, int dueIn) implements Command {
        public RecordCommitment.Command at(Instant now) {
            return new RecordCommitment.Command(ID, kind, turn, now.plusSeconds(dueIn));
        }
    }

    /**
     * A command that breaks its Bean Validation constraints.
     *
     * @param advance seconds before it
     * @param which   which broken command: 0..6
     */
    public record Broken(int advance, int which) implements Command {
        /** The broken in-port command, and the JSON pointer its violation must name. */
        public Pair<Object, String> command() {
            return switch (which) {
                case 0 -> Pair.of(new RecordTurn.Command(ID, "customer", null, "  "), "/text");
                case 1 -> Pair.of(new RecordTurn.Command(ID, "bot", null, "hi"), "/from");
                case 2 -> Pair.of(new EscalateInteraction.Escalation(ID, "manager", "boredom", "a"), "/reason");
                case 3 -> Pair.of(new EscalateInteraction.Deescalation(ID, null, "", "a"), "/resolutionNote");
                case 4 -> Pair.of(new RecordCommitment.Command(ID, "callback", -1, T0), "/turn");
                case 5 -> Pair.of(new RecordCommitment.Command(ID, "Call Back", 0, T0), "/kind");
                default -> Pair.of(new ChangeStatus.Command(" ", "closed"), "/interaction");
            };
        }
    }

    private static Gen<Integer> advances() {
        return integers().between(0, 900);
    }

    /** Valid commands: each passes Bean Validation; the domain may still refuse it. */
    public static Gen<Command> validCommands() {
        Gen<Command> say = advances().zip(Generate.enumValues(Speaker.class), Generate.frequency(
                        Pair.of(5, Generate.constant(0)), Pair.of(1, integers().between(1, 1800))), Generate.pick(TEXTS),
                (a, from, back, text) -> new Say(a, from, back, text));
        Gen<Command> move = advances().zip(Generate.enumValues(Lifecycle.Status.class), Move::new);
        Gen<Command> escalate = advances().zip(Generate.enumValues(EscalationLevel.class),
                Generate.enumValues(EscalationReason.class), Escalate::new);
        Gen<Command> stepDown = advances().zip(Generate.pick(List.of(Optional.<EscalationLevel>empty(),
                        Optional.of(EscalationLevel.SUPERVISOR))), Generate.pick(List.of("Refund agreed", "Customer calmed down")),
                StepDown::new);
        Gen<Command> promise = advances().zip(Generate.pick(List.of("callback", "update")), integers().between(0, 12),
                integers().between(-600, 3600), Promise::new);
        return Generate.frequency(List.of(Pair.of(6, say), Pair.of(3, move), Pair.of(3, escalate), Pair.of(1, stepDown),
                Pair.of(2, promise)));
    }

    /** Commands that break their constraints. */
    public static Gen<Command> brokenCommands() {
        return advances().zip(integers().between(0, 6), Broken::new);
    }

    /** Up to {@code max} valid commands. */
    public static Gen<List<Command>> validSequences(int max) {
        return lists().of(validCommands()).ofSizeBetween(0, max);
    }

    /** Up to {@code max} commands, about one in five broken. */
    public static Gen<List<Command>> mixedSequences(int max) {
        return lists().of(Generate.frequency(List.of(Pair.of(4, validCommands()), Pair.of(1, brokenCommands()))))
                .ofSizeBetween(1, max);
    }

    /** Durations of up to a day, in minutes. */
    public static Gen<Duration> targets() {
        return integers().between(1, 24 * 60).map(Duration::ofMinutes);
    }
}
