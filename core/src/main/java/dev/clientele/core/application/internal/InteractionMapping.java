package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.core.domain.conversation.Context;
import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.core.domain.interaction.Interaction;
import dev.clientele.core.domain.interaction.InteractionId;
import dev.clientele.core.domain.party.Account;
import dev.clientele.core.domain.party.AccountId;
import dev.clientele.core.domain.party.Person;
import dev.clientele.core.domain.sla.Commitment;
import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns validated boundary input into the domain, and domain clocks back into boundary values.
 *
 * <p>Entry points for the engine:
 * <ul>
 *   <li>{@link #toInteraction(InteractionInput)}: the {@link Interaction} of an input that passed
 *       {@link InputValidation#check}, opened at its {@link #asOf(InteractionInput) asOf} with the
 *       standard entitlement; {@link #toInteraction(InteractionInput, Entitlement, Clock)} for a
 *       contracted entitlement and another clock;</li>
 *   <li>{@link #asOf(InteractionInput)}: the moment to assess at, {@code asOf} or the last turn's time;</li>
 *   <li>{@link #serviceLevels(Interaction, List, Instant)}: the {@code sla} part of an assessment, from
 *       the first-response clock and the commitments playbooks found.</li>
 * </ul>
 * The requester becomes one of the account's people; a contact with the requester's id is the same
 * person, whose roles are the union of both listings. A person listed without roles is an end user.
 */
public final class InteractionMapping {

    private InteractionMapping() {
    }

    /** The moment to assess {@code input} at: its {@code asOf}, or the time of its last turn. */
    public static Instant asOf(InteractionInput input) {
        if (input.asOf() != null) {
            return input.asOf();
        }
        return input.turns().get(input.turns().size() - 1).at();
    }

    /** The interaction of a valid {@code input}, opened at {@link #asOf(InteractionInput)} under the standard entitlement. */
    public static Interaction toInteraction(InteractionInput input) {
        return toInteraction(input, Entitlement.STANDARD, Clock.fixed(asOf(input), ZoneOffset.UTC));
    }

    /**
     * The interaction of a valid {@code input}; an account gets {@code entitlement}, and the history's
     * opening event takes {@code clock}'s instant.
     *
     * @throws IllegalArgumentException when {@code input} did not pass {@link InputValidation#check}
     */
    public static Interaction toInteraction(InteractionInput input, Entitlement entitlement, Clock clock) {
        List<Turn> turns = new ArrayList<>();
        for (TurnInput t : input.turns()) {
            turns.add(turn(turns.size(), t, Speaker.fromId(t.from())));
        }
        return toInteraction(input, turns, entitlement, clock);
    }

    /**
     * {@link #toInteraction(InteractionInput)} with the input's turns already mapped, each by
     * {@link #turn}, so that a caller who keeps them from an earlier assessment maps only new ones.
     */
    public static Interaction toInteraction(InteractionInput input, List<Turn> turns) {
        return toInteraction(input, turns, Entitlement.STANDARD, Clock.fixed(asOf(input), ZoneOffset.UTC));
    }

    /** The domain turn of the input turn at {@code index}, said by {@code from} (its {@code from} field, parsed). */
    public static Turn turn(int index, TurnInput input, Speaker from) {
        return new Turn(index, from, input.at(), input.text());
    }

    private static Interaction toInteraction(InteractionInput input, List<Turn> turns, Entitlement entitlement, Clock clock) {
        Person requester = person(input.requester());
        Optional<Account> account = Optional.ofNullable(input.account())
                .map(a -> account(a, input.requester(), entitlement));
        if (account.isPresent()) {
            requester = account.get().person(requester.id()).orElseThrow();
        }
        Context context = input.context() == null ? Context.NONE
                : new Context(input.context().queueWaiting(), input.context().previousContacts());
        return Interaction.open(new InteractionId(input.id()), Channel.fromId(input.channel()), requester, account,
                context, turns, clock);
    }

    private static Account account(AccountInput input, PartyInput requester, Entitlement entitlement) {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<PartyInput> everyone = new ArrayList<>();
        everyone.add(requester);
        if (input.contacts() != null) {
            everyone.addAll(input.contacts());
        }
        for (PartyInput p : everyone) {
            roles.computeIfAbsent(p.id(), id -> EnumSet.noneOf(Role.class)).addAll(roles(p));
            names.merge(p.id(), p.name() == null ? "" : p.name(), (first, later) -> first.isEmpty() ? later : first);
        }
        List<Person> people = new ArrayList<>();
        roles.forEach((id, held) -> people.add(Person.of(id, names.get(id), held)));
        return Account.of(new AccountId(input.id()), orEmpty(input.name()), orEmpty(input.tier()), people, entitlement);
    }

    private static Person person(PartyInput input) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(roles(input));
        return Person.of(input.id(), input.name(), roles);
    }

    private static Set<Role> roles(PartyInput input) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (input.roles() != null) {
            input.roles().forEach(r -> roles.add(Role.fromId(r)));
        }
        if (roles.isEmpty()) {
            roles.add(Role.END_USER);
        }
        return roles;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The service levels of {@code interaction} at {@code asOf}: its first-response clock, and a clock
     * for each promise in {@code findings}, ordered by turn then due time. A finding due before the turn
     * that made it is read as due at that turn.
     *
     * @throws IllegalArgumentException when a finding names a turn that is not an agent turn of the interaction
     */
    public static ServiceLevels serviceLevels(Interaction interaction, List<CommitmentFinding> findings, Instant asOf) {
        Optional<ServiceLevels.FirstResponse> first = interaction.firstResponse(asOf)
                .map(r -> new ServiceLevels.FirstResponse(r.due(), r.at(), status(r.status())));
        List<Turn> turns = interaction.turns();
        List<ServiceLevels.CommitmentClock> clocks = new ArrayList<>();
        findings.stream()
                .sorted(Comparator.comparingInt(CommitmentFinding::turn).thenComparing(CommitmentFinding::due))
                .forEach(f -> {
                    if (f.turn() >= turns.size() || !turns.get(f.turn()).byAgent()) {
                        throw new IllegalArgumentException("commitment turn " + f.turn() + " is not an agent turn");
                    }
                    Instant madeAt = turns.get(f.turn()).at();
                    Commitment c = new Commitment(f.kind(), f.turn(), madeAt, f.due().isBefore(madeAt) ? madeAt : f.due());
                    clocks.add(new ServiceLevels.CommitmentClock(c.kind(), c.turn(), c.due(), status(c.at(turns, asOf))));
                });
        return new ServiceLevels(first, clocks);
    }

    private static ServiceLevels.ClockStatus status(dev.clientele.core.domain.sla.ClockStatus status) {
        return ServiceLevels.ClockStatus.valueOf(status.name());
    }
}
