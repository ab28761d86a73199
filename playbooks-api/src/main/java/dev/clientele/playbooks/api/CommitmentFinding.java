package dev.clientele.playbooks.api;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A promise found in an agent turn, such as a call-back in fifteen minutes.
 *
 * @param turn  the index of the agent turn that made the promise
 * @param kind  what was promised: {@code callback}, {@code update}, or another lower-case id
 * @param due   when it falls due
 * @param quote the words of the promise as written; not blank
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record CommitmentFinding(int turn, String kind, Instant due, String quote) {

    /** A promise to call the customer back. */
    public static final String CALLBACK = "callback";
    /** A promise to come back with news. */
    public static final String UPDATE = "update";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    public CommitmentFinding {
        if (turn < 0) {
            throw new IllegalArgumentException("commitment turn must not be negative");
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("commitment kind must be a lower-case id, got " + kind);
        }
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(quote, "quote");
        if (quote.isBlank()) {
            throw new IllegalArgumentException("commitment quote must not be blank");
        }
    }
}
