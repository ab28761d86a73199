package dev.clientele.playbooks.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A party of the account who must take part, named by role; the host resolves it against the
 * account's contacts.
 *
 * @param role the role that must take part, e.g. {@link Role#PAYER}
 * @param why  a short id of the reason, such as {@code contract-change}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Involvement(Role role, String why) {

    private static final Pattern WHY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public Involvement {
        Objects.requireNonNull(role, "role");
        if (why == null || !WHY.matcher(why).matches()) {
            throw new IllegalArgumentException("why must be a lower-case id such as contract-change, got " + why);
        }
    }
}
