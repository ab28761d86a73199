package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.InputLimits;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an {@link InteractionInput} against the {@code clientele.interaction/v1} contract: the Bean
 * Validation constraints on the boundary records, and the rules that span fields.
 *
 * <p>Entry point: {@link #check(InteractionInput)} returns normally for valid input and otherwise throws
 * {@link InvalidInputException} with every problem at once, sorted by JSON pointer, for example
 * {@code /turns/3/at: must not be null} or {@code /turns/3/at: must not be before the previous turn}.
 * The rules beyond Bean Validation:
 * <ul>
 *   <li>turns are in non-decreasing time order;</li>
 *   <li>{@code asOf}, when given, is not before the first turn;</li>
 *   <li>a person's roles are a set: no role is listed twice;</li>
 *   <li>a prospect has no account, and is not also a payer or decision-maker;</li>
 *   <li>an account's contacts are not prospects and each appears once.</li>
 * </ul>
 * Thread-safe.
 */
public final class InputValidation {

    static final String BEFORE_PREVIOUS_TURN = "must not be before the previous turn";
    static final String BEFORE_FIRST_TURN = "must not be before the first turn";
    static final String REPEATED_ROLE = "must not repeat a role";
    static final String PROSPECT_WITH_ACCOUNT = "must be absent when the requester is a prospect";
    static final String PROSPECT_BINDS_CONTRACT =
            "must not combine prospect with payer or decision-maker: a prospect has no contract yet";
    static final String CONTACT_IS_PROSPECT = "must not be prospect: a contact of an account is not a prospect";
    static final String REPEATED_CONTACT = "must not repeat the id of an earlier contact";

    private InputValidation() {
    }

    /**
     * Checks {@code input}; returns normally when it is valid.
     *
     * @throws InvalidInputException naming every problem, sorted by pointer; a null input is the
     *                               problem {@code /: must not be null}
     */
    public static void check(InteractionInput input) {
        List<Violation> problems = problems(input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Checks {@code input} as {@link #check} does, knowing that {@code valid} passed {@link #check} and
     * that the first {@code sharedTurns} turns of both are equal: when every other field but
     * {@code asOf} is equal too, only the other turns, the time order at the seam and {@code asOf}
     * are checked. Any problem, or any other difference, is left to {@link #check}, so the errors are
     * exactly its errors.
     *
     * @throws InvalidInputException as {@link #check} does
     */
    public static void checkExtending(InteractionInput valid, int sharedTurns, InteractionInput input) {
        if (!extendsValid(valid, sharedTurns, input)) {
            check(input);
        }
    }

    // Decides validity without building messages; false sends the input to the full check, which names the problems.
    private static boolean extendsValid(InteractionInput valid, int sharedTurns, InteractionInput input) {
        if (valid == null || input == null || sharedTurns < 1 || input.turns() == null
                || !Objects.equals(valid.id(), input.id()) || !Objects.equals(valid.channel(), input.channel())
                || !Objects.equals(valid.language(), input.language())
                || !Objects.equals(valid.requester(), input.requester())
                || !Objects.equals(valid.account(), input.account())
                || !Objects.equals(valid.context(), input.context())) {
            return false;
        }
        List<TurnInput> turns = input.turns();
        if (sharedTurns > turns.size() || sharedTurns > valid.turns().size() || turns.size() > InputLimits.MAX_TURNS) {
            return false;
        }
        Instant previous = turns.get(sharedTurns - 1).at();
        for (int i = sharedTurns; i < turns.size(); i++) {
            TurnInput turn = turns.get(i);
            if (turn == null || turn.at() == null || turn.at().isBefore(previous)
                    || !ConstraintCheck.violations(turn).isEmpty()) {
                return false;
            }
            previous = turn.at();
        }
        return input.asOf() == null || !input.asOf().isBefore(turns.get(0).at());
    }

    /** Every problem of {@code input}, sorted by pointer and message; empty when it is valid. */
    public static List<Violation> problems(InteractionInput input) {
        if (input == null) {
            return List.of(new Violation("", "must not be null"));
        }
        Set<Violation> found = new HashSet<>(ConstraintCheck.violations(input));
        found.addAll(timeOrder(input));
        found.addAll(parties(input));
        List<Violation> sorted = new ArrayList<>(found);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private static List<Violation> timeOrder(InteractionInput input) {
        List<Violation> found = new ArrayList<>();
        List<TurnInput> turns = input.turns();
        if (turns == null) {
            return found;
        }
        Instant previous = null;
        Instant first = null;
        for (int i = 0; i < turns.size(); i++) {
            TurnInput turn = turns.get(i);
            Instant at = turn == null ? null : turn.at();
            if (at == null) {
                // A missing time is reported by Bean Validation; the next turn is compared with the last known one.
                continue;
            }
            if (first == null) {
                first = at;
            }
            if (previous != null && at.isBefore(previous)) {
                found.add(new Violation("/turns/" + i + "/at", BEFORE_PREVIOUS_TURN));
            } else {
                previous = at;
            }
        }
        if (input.asOf() != null && first != null && input.asOf().isBefore(first)) {
            found.add(new Violation("/asOf", BEFORE_FIRST_TURN));
        }
        return found;
    }

    private static List<Violation> parties(InteractionInput input) {
        List<Violation> found = new ArrayList<>();
        PartyInput requester = input.requester();
        if (requester != null) {
            found.addAll(repeatedRoles(requester.roles(), "/requester/roles"));
            List<String> roles = requester.roles() == null ? List.of() : requester.roles();
            if (roles.contains("prospect")) {
                if (input.account() != null) {
                    found.add(new Violation("/account", PROSPECT_WITH_ACCOUNT));
                }
                if (roles.contains("payer") || roles.contains("decision-maker")) {
                    found.add(new Violation("/requester/roles", PROSPECT_BINDS_CONTRACT));
                }
            }
        }
        AccountInput account = input.account();
        if (account != null && account.contacts() != null) {
            Map<String, Integer> firstSeen = new HashMap<>();
            for (int i = 0; i < account.contacts().size(); i++) {
                PartyInput contact = account.contacts().get(i);
                if (contact == null) {
                    continue;
                }
                String at = "/account/contacts/" + i;
                found.addAll(repeatedRoles(contact.roles(), at + "/roles"));
                if (contact.roles() != null) {
                    int prospect = contact.roles().indexOf("prospect");
                    if (prospect >= 0) {
                        found.add(new Violation(at + "/roles/" + prospect, CONTACT_IS_PROSPECT));
                    }
                }
                if (contact.id() != null && firstSeen.putIfAbsent(contact.id(), i) != null) {
                    found.add(new Violation(at + "/id", REPEATED_CONTACT));
                }
            }
        }
        return found;
    }

    private static List<Violation> repeatedRoles(List<String> roles, String pointer) {
        List<Violation> found = new ArrayList<>();
        if (roles == null) {
            return found;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (role != null && !seen.add(role)) {
                found.add(new Violation(pointer + "/" + i, REPEATED_ROLE));
            }
        }
        return found;
    }
}
