package dev.clientele.adapter.text.internal;

import dev.clientele.playbooks.api.Token;

import java.util.Objects;

/**
 * A span of the text the tokeniser recognised, before lemmas and flags are added.
 *
 * @param kind  what sort of token the span is
 * @param start offset of the first character, inclusive
 * @param end   offset after the last character, exclusive; greater than {@code start}
 */
public record Piece(Token.Kind kind, int start, int end) {

    public Piece {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a piece spans at least one character, got " + start + ".." + end);
        }
    }
}
