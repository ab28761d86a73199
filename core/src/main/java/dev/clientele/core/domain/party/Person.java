package dev.clientele.core.domain.party;

import dev.clientele.playbooks.api.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person we deal with, and the roles they hold: towards an account ({@code payer},
 * {@code decision-maker}, {@code end-user}), or towards us ({@code prospect}, {@code internal}).
 * Roles are a set and never empty; a prospect has no contract yet, so is neither payer nor decision-maker.
 *
 * @param id    the person's id
 * @param name  display name; may be empty, never null
 * @param roles at least one role; stored as an immutable set
 */
public record Person(PartyId id, String name, Set<Role> roles) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a person holds at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (roles.contains(Role.PROSPECT) && roles.stream().anyMatch(Role::bindsContract)) {
            throw new IllegalArgumentException("a prospect has no contract, so cannot be payer or decision-maker");
        }
    }

    /** A person with the given roles; with none, an end user. */
    public static Person of(String id, String name, Set<Role> roles) {
        return new Person(new PartyId(id), name == null ? "" : name, roles.isEmpty() ? Set.of(Role.END_USER) : roles);
    }

    /** Whether this person holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this person is not a customer yet. */
    public boolean isProspect() {
        return has(Role.PROSPECT);
    }
}
