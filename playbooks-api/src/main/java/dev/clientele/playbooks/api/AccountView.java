package dev.clientele.playbooks.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The paying client the requester acts for, with its other known contacts.
 *
 * @param id       the account's id in the source system
 * @param name     display name; may be empty, never null
 * @param tier     the contract tier such as {@code premium}; may be empty, never null
 * @param contacts the account's other known people and their roles; immutable
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record AccountView(String id, String name, String tier, List<PartyView> contacts) {

    public AccountView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        contacts = List.copyOf(contacts);
    }

    /** The first contact holding {@code role}, in the order the source listed them. */
    public Optional<PartyView> contactWith(Role role) {
        return contacts.stream().filter(p -> p.has(role)).findFirst();
    }
}
