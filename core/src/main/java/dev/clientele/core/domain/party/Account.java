package dev.clientele.core.domain.party;

import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.playbooks.api.Role;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The paying client, with the people known to act for it and its entitlement. The account always
 * knows who pays, or says explicitly that the payer is unknown: a known payer is one of its people
 * and holds the {@code payer} role, and an unknown payer means none of its people holds it.
 *
 * @param id          the account's id
 * @param name        display name; may be empty, never null
 * @param tier        the contract tier such as {@code premium}; may be empty, never null
 * @param people      everyone known to act for the account, each id once, none a prospect
 * @param payer       who pays
 * @param entitlement the contracted service levels
 */
public record Account(AccountId id, String name, String tier, List<Person> people, Payer payer,
                      Entitlement entitlement) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        people = List.copyOf(people);
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(entitlement, "entitlement");
        Set<PartyId> ids = new HashSet<>();
        for (Person p : people) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("person " + p.id() + " appears twice on account " + id);
            }
            if (p.isProspect()) {
                throw new IllegalArgumentException("a prospect cannot act for account " + id);
            }
        }
        boolean someonePays = people.stream().anyMatch(p -> p.has(Role.PAYER));
        if (payer instanceof Payer.Known known) {
            boolean payerListed = people.stream().anyMatch(p -> p.id().equals(known.person()) && p.has(Role.PAYER));
            if (!payerListed) {
                throw new IllegalArgumentException("the payer of account " + id + " must be one of its people with the payer role");
            }
        } else if (someonePays) {
            throw new IllegalArgumentException("account " + id + " says its payer is unknown but lists a payer");
        }
    }

    /** An account whose payer is the first of {@code people} holding the payer role, or unknown when none does. */
    public static Account of(AccountId id, String name, String tier, List<Person> people, Entitlement entitlement) {
        Payer payer = people.stream().filter(p -> p.has(Role.PAYER)).findFirst()
                .<Payer>map(p -> Payer.known(p.id())).orElse(Payer.UNKNOWN);
        return new Account(id, name, tier, people, payer, entitlement);
    }

    /** The person with {@code id}, if they act for this account. */
    public Optional<Person> person(PartyId id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The first person holding {@code role}, in the order the source listed them. */
    public Optional<Person> personWith(Role role) {
        return people.stream().filter(p -> p.has(role)).findFirst();
    }
}
