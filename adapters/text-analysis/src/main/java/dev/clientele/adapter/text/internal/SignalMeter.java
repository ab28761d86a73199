package dev.clientele.adapter.text.internal;

import dev.clientele.playbooks.api.TextSignals;

import java.util.List;

/**
 * Measures the non-lexical signals of a text from its pieces.
 *
 * <p>{@code characters} counts code points, so an emoji is one character. Within a run of
 * {@code !} and {@code ?} each mark is counted for its own run length ("?!?!" has two of each);
 * every such run holding a {@code ?} counts as one question.
 */
public final class SignalMeter {

    private SignalMeter() {
    }

    /** The signals of the text. */
    public static TextSignals measure(String text, List<Piece> pieces) {
        int words = 0;
        int emoji = 0;
        int questions = 0;
        int longestBang = 0;
        int longestQuestion = 0;
        long letters = 0;
        long capitals = 0;
        for (Piece p : pieces) {
            switch (p.kind()) {
                case WORD -> {
                    words++;
                    int wordLetters = 0;
                    int wordCapitals = 0;
                    for (int i = p.start(); i < p.end(); ) {
                        int cp = text.codePointAt(i);
                        if (Character.isLetter(cp)) {
                            wordLetters++;
                            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                                wordCapitals++;
                            }
                        }
                        i += Character.charCount(cp);
                    }
                    if (wordLetters >= 2) {
                        letters += wordLetters;
                        capitals += wordCapitals;
                    }
                }
                case EMOJI -> emoji++;
                case PUNCTUATION -> {
                    int bangs = 0;
                    int marks = 0;
                    for (int i = p.start(); i < p.end(); i++) {
                        char c = text.charAt(i);
                        if (c == '!') {
                            bangs++;
                        } else if (c == '?') {
                            marks++;
                        }
                    }
                    longestBang = Math.max(longestBang, bangs);
                    longestQuestion = Math.max(longestQuestion, marks);
                    if (marks > 0) {
                        questions++;
                    }
                }
                default -> {
                    // URLs, mentions, hashtags and numbers carry no shouting or questioning.
                }
            }
        }
        double ratio = letters == 0 ? 0 : (double) capitals / letters;
        return new TextSignals(text.codePointCount(0, text.length()), words, ratio, longestBang, longestQuestion,
                questions, emoji);
    }
}
