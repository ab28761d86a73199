package dev.clientele.playbooks.api;

import java.util.Objects;
import java.util.Set;

/**
 * A person and the roles they hold.
 *
 * @param id    the person's id in the source system
 * @param name  display name; may be empty, never null
 * @param roles the roles, never empty; immutable
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PartyView(String id, String name, Set<Role> roles) {

    public PartyView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a party has at least one role");
        }
    }

    /** Whether this person holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this person may take decisions that bind the contract. */
    public boolean bindsContract() {
        return roles.stream().anyMatch(Role::bindsContract);
    }
}
