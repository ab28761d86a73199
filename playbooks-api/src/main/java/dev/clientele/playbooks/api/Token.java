package dev.clientele.playbooks.api;

import java.util.Objects;

/**
 * One token of a turn as the host analysed it. Offsets index the original turn text.
 *
 * @param text      the token as written
 * @param folded    lower case with diacritics removed ({@code "Żądam"} → {@code "zadam"}), for matching hurried typing
 * @param lemma     the dictionary form (Polish) or stem (English), lower case; equals {@code folded} when unknown
 * @param kind      what sort of token it is
 * @param start     offset of the first character in the turn text, inclusive
 * @param end       offset after the last character, exclusive
 * @param negated   whether a negation ("nie", "not", "never") governs this word
 * @param quoted    whether the word stands inside quotation marks or a quoted reply, so it is not the speaker's own claim
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Token(String text, String folded, String lemma, Kind kind, int start, int end,
                    boolean negated, boolean quoted) {

    /** What sort of token it is. */
    @Api(status = Api.Status.STABLE, since = "0.1")
    public enum Kind { WORD, NUMBER, PUNCTUATION, EMOJI, URL, MENTION, HASHTAG }

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(folded, "folded");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
        }
    }

    /** Whether this is a word token. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
