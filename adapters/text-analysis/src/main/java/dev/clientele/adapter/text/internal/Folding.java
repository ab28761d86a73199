package dev.clientele.adapter.text.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Lower case without diacritics, so hurried typing ("zadam") meets careful typing ("Żądam").
 */
public final class Folding {

    private Folding() {
    }

    /** The text in lower case with diacritics removed, {@code ł} as {@code l} and typographic apostrophes as {@code '}. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isPlainAscii(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK && !isVariationOrJoiner(c)) {
                continue;
            }
            out.append(switch (c) {
                // ł and ø carry their stroke in the letter itself, so decomposition leaves them alone.
                case 'ł' -> 'l';
                case 'ø' -> 'o';
                case 'đ' -> 'd';
                case '\u2019', '\u02BC', '\u2018' -> '\'';
                default -> c;
            });
        }
        // Decomposition can reveal capitals that had no lower-case form as a whole ("ϒ" holds "Υ").
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the text contains a letter of the Polish alphabet that English lacks. */
    public static boolean hasPolishDiacritics(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isPolishDiacritic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character is one of ą ć ę ł ń ó ś ź ż in either case. */
    public static boolean isPolishDiacritic(char c) {
        return "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".indexOf(c) >= 0;
    }

    private static boolean isVariationOrJoiner(char c) {
        // Emoji presentation selectors are marks too, but folding must keep emoji intact.
        return c == '\uFE0F' || c == '\uFE0E' || c == '\u20E3';
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
