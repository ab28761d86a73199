package dev.clientele.playbooks.api;

import java.util.Objects;

/**
 * What in the conversation supports an observation: a turn and the words quoted from it.
 *
 * @param turn  the index of the turn
 * @param quote the words that triggered the observation, as written in the turn; not blank
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Evidence(int turn, String quote) {

    public Evidence {
        if (turn < 0) {
            throw new IllegalArgumentException("evidence turn must not be negative");
        }
        Objects.requireNonNull(quote, "quote");
        if (quote.isBlank()) {
            throw new IllegalArgumentException("evidence quote must not be blank");
        }
    }
}
