package dev.clientele.core.generators;

import dev.clientele.core.domain.party.Account;
import dev.clientele.core.domain.party.AccountId;
import dev.clientele.core.domain.party.Person;
import dev.clientele.core.domain.sla.BusinessCalendar;
import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.Role;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Generators for people, accounts, entitlements and business calendars. */
public final class Parties {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Warsaw"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"));

    private Parties() {
    }

    /** Any subset of roles, possibly empty or contradictory (a prospect who pays). */
    public static Gen<Set<Role>> anyRoles() {
        return integers().between(0, (1 << Role.values().length) - 1).map(mask -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role r : Role.values()) {
                if ((mask & (1 << r.ordinal())) != 0) {
                    roles.add(r);
                }
            }
            return roles;
        });
    }

    /** Roles a person may hold towards an account: at least one, never prospect. */
    public static Gen<Set<Role>> accountRoles() {
        return anyRoles().map(roles -> {
            roles.remove(Role.PROSPECT);
            if (roles.isEmpty()) {
                roles.add(Role.END_USER);
            }
            return roles;
        });
    }

    /** Someone acting for an account. */
    public static Gen<Person> accountPeople(String idPrefix) {
        return integers().between(0, 50).zip(accountRoles(), (n, roles) -> Person.of(idPrefix + n, "Person " + n, roles));
    }

    /** A prospect: no account roles. */
    public static Gen<Person> prospects() {
        return integers().between(0, 50).map(n -> Person.of("p-" + n, "", Set.of(Role.PROSPECT)));
    }

    /** An account whose people include {@code requester}, with a payer derived from the roles. */
    public static Gen<Account> accountsFor(Person requester) {
        return lists().of(accountPeople("c-")).ofSizeBetween(0, 5).zip(entitlements(), (others, entitlement) -> {
            List<Person> people = new ArrayList<>();
            people.add(requester);
            Set<String> seen = new HashSet<>();
            seen.add(requester.id().value());
            for (Person p : others) {
                if (seen.add(p.id().value())) {
                    people.add(p);
                }
            }
            return Account.of(new AccountId("acc-" + people.size()), "Account", "standard", people, entitlement);
        });
    }

    /** A requester and the account they act for, or a prospect or private person without one. */
    public static Gen<Requester> requesters() {
        Gen<Requester> withAccount = accountPeople("u-").flatMap(p -> accountsFor(p).map(a -> new Requester(p, Optional.of(a))));
        Gen<Requester> prospect = prospects().map(p -> new Requester(p, Optional.empty()));
        Gen<Requester> privatePerson = accountPeople("u-").map(p -> new Requester(p, Optional.empty()));
        return Generate.frequency(
                org.quicktheories.api.Pair.of(6, withAccount),
                org.quicktheories.api.Pair.of(2, prospect),
                org.quicktheories.api.Pair.of(2, privatePerson));
    }

    /**
     * A requester and their account.
     *
     * @param person  the person on the line
     * @param account the account they act for, if any
     */
    public record Requester(Person person, Optional<Account> account) {
    }

    /** Business calendars: around the clock, or office hours in several zones with a few holidays. */
    public static Gen<BusinessCalendar> calendars() {
        Gen<BusinessCalendar> office = Generate.pick(ZONES).zip(integers().between(0, 127), integers().between(6, 11),
                integers().between(4, 10), lists().of(integers().between(0, 20)).ofSizeBetween(0, 3),
                (zone, dayMask, opens, hours, holidayOffsets) -> {
                    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                    for (DayOfWeek d : DayOfWeek.values()) {
                        if ((dayMask & (1 << d.ordinal())) != 0) {
                            days.add(d);
                        }
                    }
                    if (days.isEmpty()) {
                        days.add(DayOfWeek.MONDAY);
                    }
                    Set<LocalDate> holidays = new HashSet<>();
                    holidayOffsets.forEach(o -> holidays.add(LocalDate.of(2026, 3, 2).plusDays(o)));
                    return new BusinessCalendar(zone, days, LocalTime.of(opens, 0), LocalTime.of(opens + hours, 30), holidays);
                });
        return Generate.oneOf(Generate.constant(BusinessCalendar.ALWAYS), office);
    }

    /** Entitlements: the standard one, or contracted targets on some channels in some calendar. */
    public static Gen<Entitlement> entitlements() {
        Gen<Entitlement> contracted = calendars().zip(Generate.enumValues(Channel.class), integers().between(1, 240),
                (calendar, channel, minutes) -> Entitlement.STANDARD.in(calendar).withFirstResponse(channel, Duration.ofMinutes(minutes)));
        return Generate.oneOf(Generate.constant(Entitlement.STANDARD), contracted);
    }
}
