package dev.clientele.core.domain.conversation;

import dev.clientele.playbooks.api.Speaker;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One turn of a conversation.
 *
 * @param index its position in the interaction, from 0
 * @param from  who said it
 * @param at    when it was said
 * @param text  what was said; not blank
 */
public record Turn(int index, Speaker from, Instant at, String text) {

    public Turn {
        if (index < 0) {
            throw new IllegalArgumentException("a turn index must not be negative");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a turn says something: its text must not be blank");
        }
    }

    /** Whether an agent said it. */
    public boolean byAgent() {
        return from == Speaker.AGENT;
    }

    /** Whether the customer said it. */
    public boolean byCustomer() {
        return from == Speaker.CUSTOMER;
    }

    /**
     * Checks that {@code turns} are numbered 0, 1, 2... and in non-decreasing time order.
     *
     * @throws IllegalArgumentException naming the first turn that breaks the order
     */
    public static List<Turn> inOrder(List<Turn> turns) {
        List<Turn> copy = List.copyOf(turns);
        for (int i = 0; i < copy.size(); i++) {
            Turn t = copy.get(i);
            if (t.index() != i) {
                throw new IllegalArgumentException("turn " + i + " is numbered " + t.index());
            }
            if (i > 0 && t.at().isBefore(copy.get(i - 1).at())) {
                throw new IllegalArgumentException("turn " + i + " is before the previous turn");
            }
        }
        return copy;
    }
}
