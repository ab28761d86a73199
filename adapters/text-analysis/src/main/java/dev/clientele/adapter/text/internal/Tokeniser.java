package dev.clientele.adapter.text.internal;

import dev.clientele.playbooks.api.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into words, numbers, punctuation, emoji, URLs, mentions and hashtags, keeping
 * offsets into the original text. Never fails: characters it cannot classify become punctuation.
 *
 * <p>Words start with a letter and run through letters, digits, combining marks, and apostrophes
 * or hyphens that stand between letters ("don't", "e-mail"). Numbers start with a digit and keep
 * separators between digits ("15:30", "1,5"); letters after them start a new word ("10am" →
 * "10", "am"). Runs of {@code !} and {@code ?} (mixed too) and runs of dots are single tokens.
 */
public final class Tokeniser {

    /** Endings of bare domains; not "co", which is also the Polish "what" after a missing space. */
    private static final Set<String> DOMAIN_ENDINGS = Set.of(
            "com", "pl", "org", "net", "io", "eu", "uk", "de", "app", "info", "gov", "edu");

    private Tokeniser() {
    }

    /** The pieces of the text in order; empty for an empty or blank text. */
    public static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>(Math.max(4, text.length() / 4));
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
                i += len;
                continue;
            }
            int end;
            if ((end = url(text, i)) > i) {
                pieces.add(new Piece(Kind.URL, i, end));
            } else if ((end = email(text, i)) > i) {
                pieces.add(new Piece(Kind.URL, i, end));
            } else if (cp == '@' && (end = tagBody(text, i + 1)) > i + 1 && !wordCharBefore(text, i)) {
                pieces.add(new Piece(Kind.MENTION, i, end));
            } else if (cp == '#' && (end = tagBody(text, i + 1)) > i + 1 && !wordCharBefore(text, i)) {
                pieces.add(new Piece(Kind.HASHTAG, i, end));
            } else if (Character.isLetter(cp)) {
                end = word(text, i);
                int domainEnd = bareDomain(text, i, end);
                pieces.add(domainEnd > end ? new Piece(Kind.URL, i, domainEnd) : new Piece(Kind.WORD, i, end));
                end = Math.max(end, domainEnd);
            } else if (Character.isDigit(cp)) {
                end = number(text, i);
                int keycap = keycap(text, end);
                pieces.add(keycap > end ? new Piece(Kind.EMOJI, i, keycap) : new Piece(Kind.NUMBER, i, end));
                end = Math.max(end, keycap);
            } else if (isEmojiBase(cp)) {
                end = emoji(text, i);
                pieces.add(new Piece(Kind.EMOJI, i, end));
            } else if (cp == '&' && (end = htmlEntity(text, i)) > i) {
                // Scraped posts carry "&amp;" and "&gt;": one mark, not a word "amp".
                pieces.add(new Piece(Kind.PUNCTUATION, i, end));
            } else if ((end = emoticon(text, i)) > i) {
                pieces.add(new Piece(Kind.EMOJI, i, end));
            } else {
                end = punctuation(text, i, cp, len);
                pieces.add(new Piece(Kind.PUNCTUATION, i, end));
            }
            i = end;
        }
        return pieces;
    }

    /** Whether the code point starts an emoji (pictographs, symbols and dingbats, regional indicators). */
    static boolean isEmojiBase(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B00 && cp <= 0x2BFF)
                || (cp >= 0x2300 && cp <= 0x23FF)
                || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }

    private static boolean isEmojiModifier(int cp) {
        return cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static int emoji(String text, int start) {
        int first = text.codePointAt(start);
        int i = start + Character.charCount(first);
        if (isRegionalIndicator(first) && i < text.length() && isRegionalIndicator(text.codePointAt(i))) {
            // Two regional indicators make one flag.
            return i + Character.charCount(text.codePointAt(i));
        }
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isEmojiModifier(cp)) {
                i += Character.charCount(cp);
            } else if (cp == 0x200D && i + 1 < text.length() && isEmojiBase(text.codePointAt(i + 1))) {
                // A zero-width joiner glues pictographs into one emoji (family, profession).
                int next = text.codePointAt(i + 1);
                i += 1 + Character.charCount(next);
            } else {
                break;
            }
        }
        return i;
    }

    private static int keycap(String text, int numberEnd) {
        int i = numberEnd;
        if (i < text.length() && text.charAt(i) == '\uFE0F') {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\u20E3' ? i + 1 : numberEnd;
    }

    private static int emoticon(String text, int i) {
        char c = text.charAt(i);
        if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '3') {
            return endsToken(text, i + 2) ? i + 2 : i;
        }
        if (c != ':' && c != ';' && c != '=') {
            return i;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return i;
        }
        int j = i + 1;
        if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '\'')) {
            j++;
        }
        if (j >= text.length() || "()DPpOo/|*".indexOf(text.charAt(j)) < 0) {
            return i;
        }
        j++;
        while (j < text.length() && (text.charAt(j) == ')' || text.charAt(j) == '(') && text.charAt(j) == text.charAt(j - 1)) {
            j++;
        }
        return endsToken(text, j) ? j : i;
    }

    private static int htmlEntity(String text, int i) {
        int j = i + 1;
        boolean numeric = j < text.length() && text.charAt(j) == '#';
        if (numeric) {
            j++;
        }
        int bodyStart = j;
        while (j < text.length() && j - bodyStart < 8
                && (numeric ? Character.isDigit(text.charAt(j)) : isAsciiLetterOrDigit(text.charAt(j)))) {
            j++;
        }
        return j > bodyStart && j < text.length() && text.charAt(j) == ';' ? j + 1 : i;
    }

    private static boolean endsToken(String text, int i) {
        return i >= text.length() || !Character.isLetterOrDigit(text.codePointAt(i));
    }

    private static int url(String text, int i) {
        if (!startsWithIgnoreCase(text, i, "http://") && !startsWithIgnoreCase(text, i, "https://")
                && !startsWithIgnoreCase(text, i, "www.")) {
            return i;
        }
        int j = i;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '"' || cp == '<' || cp == '>'
                    || cp == '\u201D' || cp == '\u201C' || cp == '\u201E' || isEmojiBase(cp)) {
                break;
            }
            j += Character.charCount(cp);
        }
        return trimTrailingPunctuation(text, i, j);
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        int j = end;
        while (j > start && ".,;:!?)]}'\u2019".indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }

    private static int email(String text, int i) {
        int j = i;
        while (j < text.length() && isLocalPartChar(text.charAt(j))) {
            j++;
        }
        if (j == i || j >= text.length() || text.charAt(j) != '@') {
            return i;
        }
        int domainStart = j + 1;
        int k = domainStart;
        boolean dotFollowedByLetter = false;
        while (k < text.length() && (isAsciiLetterOrDigit(text.charAt(k)) || text.charAt(k) == '.' || text.charAt(k) == '-')) {
            if (text.charAt(k) == '.' && k + 1 < text.length() && Character.isLetter(text.charAt(k + 1))) {
                dotFollowedByLetter = true;
            }
            k++;
        }
        if (!dotFollowedByLetter) {
            return i;
        }
        int end = trimTrailingPunctuation(text, domainStart, k);
        return end > domainStart ? end : i;
    }

    private static boolean isLocalPartChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Bare domains such as "delta.com" are addresses, not two words. */
    private static int bareDomain(String text, int start, int wordEnd) {
        int j = wordEnd;
        int lastLabelStart = -1;
        int lastLabelEnd = -1;
        while (j + 1 < text.length() && text.charAt(j) == '.' && isAsciiLetterOrDigit(text.charAt(j + 1))) {
            int k = j + 1;
            while (k < text.length() && (isAsciiLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-')) {
                k++;
            }
            lastLabelStart = j + 1;
            lastLabelEnd = k;
            j = k;
        }
        if (lastLabelStart < 0) {
            return wordEnd;
        }
        // Written in lower case, as addresses are; "wiem.Co" is a sentence typed without a space.
        String ending = text.substring(lastLabelStart, lastLabelEnd);
        if (!DOMAIN_ENDINGS.contains(ending) || (lastLabelEnd < text.length() && Character.isLetterOrDigit(text.charAt(lastLabelEnd)))) {
            return wordEnd;
        }
        int end = lastLabelEnd;
        // A path after the domain belongs to the address.
        if (end < text.length() && text.charAt(end) == '/') {
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            end = trimTrailingPunctuation(text, lastLabelEnd, end);
        }
        return end;
    }

    private static boolean startsWithIgnoreCase(String text, int i, String prefix) {
        return text.regionMatches(true, i, prefix, 0, prefix.length());
    }

    private static int tagBody(String text, int i) {
        int j = i;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (!Character.isLetterOrDigit(cp) && cp != '_') {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean wordCharBefore(String text, int i) {
        return i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_');
    }

    private static int word(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                i += len;
            } else if (isJoiner(cp) && i + len < n && Character.isLetter(text.codePointAt(i + len))) {
                i += len;
            } else if (cp == '*' && i > start) {
                int stars = masked(text, start, i);
                if (stars == i) {
                    break;
                }
                i = stars;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Where a run of asterisks that masks letters of the word begun at {@code start} ends
     * ("k***a", "f**king", "f***"), or {@code at} when the run is not a mask: a mask goes on with a
     * letter, or closes a word of one or two letters, so "*important*" keeps its word.
     */
    private static int masked(String text, int start, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == '*') {
            end++;
        }
        boolean letterAfter = end < text.length() && Character.isLetter(text.codePointAt(end));
        return letterAfter || at - start <= 2 ? end : at;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '-';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) && cp != 0xFE0F && cp != 0x20E3;
    }

    private static int number(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                i += Character.charCount(c);
            } else if ((c == '.' || c == ',' || c == ':' || c == '/') && i + 1 < n && Character.isDigit(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int punctuation(String text, int start, int cp, int len) {
        int i = start + len;
        if (cp == '!' || cp == '?') {
            while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '?')) {
                i++;
            }
        } else if (cp == '.') {
            while (i < text.length() && text.charAt(i) == '.') {
                i++;
            }
        }
        return i;
    }
}
