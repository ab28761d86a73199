package dev.clientele.core.application;

import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.domain.interaction.Change;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionId;
import dev.clientele.core.generators.InteractionInvariants;
import dev.clientele.core.generators.Interactions;
import dev.clientele.core.generators.Interactions.Broken;
import dev.clientele.core.generators.Interactions.Command;
import dev.clientele.core.generators.Interactions.Escalate;
import dev.clientele.core.generators.Interactions.Move;
import dev.clientele.core.generators.Interactions.Promise;
import dev.clientele.core.generators.Interactions.Say;
import dev.clientele.core.generators.Interactions.StepDown;
import dev.clientele.core.generators.MovableClock;
import dev.clientele.core.domain.escalation.EscalationStep;
import dev.clientele.core.application.port.in.ChangeStatus;
import dev.clientele.core.application.port.in.EscalateInteraction;
import dev.clientele.core.application.port.in.RecordCommitment;
import dev.clientele.core.application.port.in.RecordTurn;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/**
 * Stateful properties: generated sequences of commands applied step by step through the in-ports,
 * with every invariant checked after each step.
 */
class InteractionCommandsProperties {

    /** A service with one kept interaction, driven by a clock the commands move. */
    private static final class Run {
        final InMemoryInteractions store = new InMemoryInteractions();
        final MovableClock clock = new MovableClock(Interactions.T0);
        final InteractionService service = new InteractionService(store, clock);

        Run(Channel channel) {
            assertThat(service.open(Interactions.openingInput(channel)).isMade()).isTrue();
        }

        Interaction current() {
            return store.find(new InteractionId(Interactions.ID)).orElseThrow();
        }

        Change apply(Command command) {
            clock.advance(Duration.ofSeconds(command.advance()));
            if (command instanceof Say say) {
                return service.record(say.at(clock.instant()));
            } else if (command instanceof Move move) {
                return service.change(move.command());
            } else if (command instanceof Escalate escalate) {
                return service.escalate(escalate.command());
            } else if (command instanceof StepDown down) {
                return service.deescalate(down.command());
            } else if (command instanceof Promise promise) {
                return service.record(promise.at(clock.instant()));
            }
            Object broken = ((Broken) command).command()._1;
            if (broken instanceof RecordTurn.Command c) {
                return service.record(c);
            } else if (broken instanceof EscalateInteraction.Escalation c) {
                return service.escalate(c);
            } else if (broken instanceof EscalateInteraction.Deescalation c) {
                return service.deescalate(c);
            } else if (broken instanceof RecordCommitment.Command c) {
                return service.record(c);
            }
            return service.change((ChangeStatus.Command) broken);
        }
    }

    private static Gen<Channel> channels() {
        return Generate.enumValues(Channel.class);
    }

    @Test
    void anySequenceOfValidCommandsKeepsEveryInvariant() {
        java.util.Map<String, Integer> made = new java.util.TreeMap<>();
        qt().withExamples(300).forAll(channels(), Interactions.validSequences(40)).checkAssert((channel, commands) -> {
            Run run = new Run(channel);
            InteractionInvariants.hold(run.current());
            for (Command command : commands) {
                Interaction before = run.current();
                Change change = run.apply(command);
                Interaction after = run.current();
                InteractionInvariants.hold(after);
                if (change instanceof Change.Made m) {
                    made.merge(command.getClass().getSimpleName(), 1, Integer::sum);
                    InteractionInvariants.historyOnlyGrew(before, after);
                    assertThat(m.interaction()).isEqualTo(after);
                    assertThat(after.history().subList(before.history().size(), after.history().size()))
                            .as("the change reports exactly the events it appended").isEqualTo(m.events());
                    assertThat(m.events()).allSatisfy(e -> assertThat(e.at()).isEqualTo(run.clock.instant()));
                } else {
                    assertThat(after).as("a refused command changes nothing").isEqualTo(before);
                }
            }
            InteractionInvariants.clocksNeverTurnBack(run.current());
        });
        // Guards the generator: a property over commands that are always refused would prove nothing.
        assertThat(made).containsOnlyKeys("Say", "Move", "Escalate", "StepDown", "Promise")
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isGreaterThan(20));
    }

    @Test
    void anInvalidCommandIsRejectedAndChangesNothing() {
        qt().withExamples(300).forAll(channels(), Interactions.mixedSequences(30)).checkAssert((channel, commands) -> {
            Run run = new Run(channel);
            for (Command command : commands) {
                Interaction before = run.current();
                if (command instanceof Broken broken) {
                    assertThatThrownBy(() -> run.apply(broken))
                            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                                    .extracting(v -> v.pointer()).containsExactly(broken.command()._2));
                    assertThat(run.current()).as("a rejected command changes nothing").isEqualTo(before);
                } else {
                    run.apply(command);
                }
                InteractionInvariants.hold(run.current());
            }
            assertThat(run.store.size()).isEqualTo(1);
        });
    }

    @Test
    void escalationNeverSkipsALevelWithoutItsRecordedReason() {
        Gen<Command> ladder = Generate.enumValues(EscalationLevel.class).zip(Generate.enumValues(EscalationReason.class),
                Generate.booleans(), (to, reason, up) -> up ? new Escalate(1, to, reason)
                        : new StepDown(1, to == EscalationLevel.SUPERVISOR ? java.util.Optional.of(to) : java.util.Optional.empty(),
                        "Settled with the customer"));
        qt().withExamples(500).forAll(org.quicktheories.generators.SourceDSL.lists().of(ladder).ofSizeBetween(1, 12))
                .checkAssert(commands -> {
                    Run run = new Run(Channel.CHAT);
                    for (Command command : commands) {
                        var before = run.current().escalationLevel();
                        Change change = run.apply(command);
                        if (change.isMade() && command instanceof Escalate up && up.to().isHierarchical()) {
                            int from = before.map(EscalationLevel::rank).orElse(0);
                            assertThat(up.to().rank() == from + 1 || up.reason().allowsSkippingLevels())
                                    .as("%s from rank %d", up, from).isTrue();
                        }
                        if (!change.isMade() && command instanceof Escalate up && up.to().isHierarchical()
                                && up.to().rank() == before.map(EscalationLevel::rank).orElse(0) + 1) {
                            throw new AssertionError("a one-level escalation of an open interaction was refused: " + change);
                        }
                    }
                    List<EscalationStep> steps = run.current().escalations();
                    assertThat(steps).hasSizeLessThanOrEqualTo(commands.size());
                    InteractionInvariants.hold(run.current());
                });
    }
}
