package dev.clientele.adapter.text.internal;

import java.util.Arrays;

/**
 * Which characters of a text stand inside quotation marks ("…", „…”, “…”, «…», '…') or on a
 * quoted reply line starting with {@code >}. An opening mark without its closing mark quotes
 * nothing, so a stray quote cannot silence the rest of a message.
 */
public final class Quotation {

    /** Openers whose closer is searched to the end of the text. */
    private static final String OPENERS = "\"\u201E\u201C\u00AB";

    /** Single quotes quote a word or a short phrase; a longer stretch is apostrophes, not a quotation. */
    private static final int MAX_SINGLE_QUOTED = 200;

    private Quotation() {
    }

    /** For each character offset, whether it lies inside a quotation (the marks themselves do not). */
    public static boolean[] quotedCharacters(String text) {
        boolean[] quoted = new boolean[text.length()];
        markReplyLines(text, quoted);
        // Once no closer follows some opener, none follows a later one of the same kind either:
        // remembering that keeps a text full of stray quotes linear.
        int[] unclosedFrom = new int[OPENERS.length()];
        Arrays.fill(unclosedFrom, Integer.MAX_VALUE);
        int i = 0;
        while (i < text.length()) {
            char open = text.charAt(i);
            int kind = OPENERS.indexOf(open);
            if (kind >= 0 && i >= unclosedFrom[kind]) {
                i++;
                continue;
            }
            int close = closing(text, i, open);
            if (close < 0 && kind >= 0) {
                unclosedFrom[kind] = i;
            }
            if (close > i) {
                for (int k = i + 1; k < close; k++) {
                    quoted[k] = true;
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return quoted;
    }

    private static void markReplyLines(String text, boolean[] quoted) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int k = lineStart;
            while (k < lineEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            if (k < lineEnd && text.charAt(k) == '>') {
                for (int q = k + 1; q < lineEnd; q++) {
                    quoted[q] = true;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The offset of the mark closing a quotation opened at {@code i}, or -1 when none opens or closes there. */
    private static int closing(String text, int i, char open) {
        switch (open) {
            case '"':
                return find(text, i + 1, "\"\u201D");
            case '\u201E': // „ Polish opening, closed by ” or the English-style “ or a straight quote
                return find(text, i + 1, "\u201D\u201C\"");
            case '\u201C': // “
                return find(text, i + 1, "\u201D\"");
            case '\u00AB': // «
                return find(text, i + 1, "\u00BB");
            case '\'':
            case '\u2018':
                return singleQuoteClosing(text, i);
            default:
                return -1;
        }
    }

    private static int find(String text, int from, String closers) {
        for (int k = from; k < text.length(); k++) {
            if (closers.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** A single quote opens only at a word start and closes only at a word end, so apostrophes are not quotes. */
    private static int singleQuoteClosing(String text, int i) {
        boolean opensWord = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        if (!opensWord) {
            return -1;
        }
        int limit = Math.min(text.length(), i + MAX_SINGLE_QUOTED);
        for (int k = i + 2; k < limit; k++) {
            char c = text.charAt(k);
            if ((c == '\'' || c == '\u2019') && !Character.isWhitespace(text.charAt(k - 1))
                    && (k + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 1)))) {
                return k;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
