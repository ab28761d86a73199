package dev.clientele.playbooks.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One turn of the conversation as a playbook sees it.
 *
 * @param index    the turn's position in the interaction, from 0; evidence refers to it
 * @param from     who said it
 * @param at       when it was said
 * @param text     the original text
 * @param analysis the host's analysis of the text
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record TurnView(int index, Speaker from, Instant at, String text, AnalysedText analysis) {

    public TurnView {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
    }

    /** Whether the customer said this turn. */
    public boolean byCustomer() {
        return from == Speaker.CUSTOMER;
    }

    /** Whether an agent said this turn. */
    public boolean byAgent() {
        return from == Speaker.AGENT;
    }
}
