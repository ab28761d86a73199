package dev.clientele.core.application.port.in;

import dev.clientele.playbooks.api.Role;

import java.util.Objects;

/**
 * A party of the account who must take part.
 *
 * @param party the person's id, from the account's contacts
 * @param role  the role that makes them needed
 * @param why   a short id of the reason, such as {@code contract-change}
 */
public record PartyToInvolve(String party, Role role, String why) {

    public PartyToInvolve {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(why, "why");
    }
}
