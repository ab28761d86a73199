package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;

import java.util.List;
import java.util.Locale;

/**
 * The tokens of one analysed text as the promise reader sees them: each token's folded form, its
 * folded lemma and its written form in lower case, and the sentence and clause piece it stands in.
 * A sentence ends at a full stop (not one of {@code abbreviations}), "!", "?", ";" or "…"; a piece
 * ends there or at a comma, colon, bracket or a dash that does not join two numbers.
 */
final class Words {

    private final List<Token> tokens;
    private final String[] folded;
    private final String[] lemma;
    private final String[] written;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] pieceStart;
    private final int[] pieceEnd;
    private final boolean[] question;

    private Words(List<Token> tokens, PromiseLexicon lexicon) {
        this.tokens = tokens;
        int n = tokens.size();
        folded = new String[n];
        lemma = new String[n];
        written = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            folded[i] = normalise(t.folded());
            lemma[i] = normalise(PhraseIndex.stripDiacritics(t.lemma()));
            written[i] = normalise(t.text().toLowerCase(Locale.ROOT));
        }
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        pieceStart = new int[n];
        pieceEnd = new int[n];
        question = new boolean[n];
        int sentence = 0;
        int piece = 0;
        for (int i = 0; i < n; i++) {
            sentenceStart[i] = sentence;
            pieceStart[i] = piece;
            if (endsSentence(i, lexicon)) {
                fill(sentence, i, sentenceEnd, i);
                fill(piece, i, pieceEnd, i);
                boolean asked = folded[i].contains("?");
                for (int k = sentence; k <= i; k++) {
                    question[k] = asked;
                }
                sentence = i + 1;
                piece = i + 1;
            } else if (endsPiece(i)) {
                fill(piece, i, pieceEnd, i);
                piece = i + 1;
            }
        }
        fill(sentence, n - 1, sentenceEnd, n - 1);
        fill(piece, n - 1, pieceEnd, n - 1);
    }

    /** The words of {@code text}, split with the abbreviations of {@code lexicon}. */
    static Words of(AnalysedText text, PromiseLexicon lexicon) {
        return new Words(text.tokens(), lexicon);
    }

    private static void fill(int from, int to, int[] target, int value) {
        for (int k = from; k <= to && k < target.length; k++) {
            target[k] = value;
        }
    }

    /** Curly apostrophes as straight ones, so "I’ll" reads as "i'll". */
    private static String normalise(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private boolean endsSentence(int i, PromiseLexicon lexicon) {
        if (!isPunctuation(i)) {
            return false;
        }
        String s = folded[i];
        if (s.contains("!") || s.contains("?") || s.contains(";") || s.contains("\u2026")) {
            return true;
        }
        return s.contains(".") && !(i > 0 && lexicon.isAbbreviation(folded[i - 1]));
    }

    private boolean endsPiece(int i) {
        if (!isPunctuation(i)) {
            return false;
        }
        String s = folded[i];
        if (s.equals("-") || s.equals("\u2013") || s.equals("\u2014")) {
            boolean betweenNumbers = i > 0 && i + 1 < size() && isNumber(i - 1) && isNumber(i + 1);
            return !betweenNumbers;
        }
        return s.contains(",") || s.contains(":") || s.contains("(") || s.contains(")") || s.contains("\u2014");
    }

    int size() {
        return tokens.size();
    }

    /** The folded form of token {@code i}, or "" outside the text. */
    String folded(int i) {
        return i >= 0 && i < folded.length ? folded[i] : "";
    }

    /** The folded lemma of token {@code i}, or "" outside the text. */
    String lemma(int i) {
        return i >= 0 && i < lemma.length ? lemma[i] : "";
    }

    /** The written form of token {@code i} in lower case, diacritics kept, or "" outside the text. */
    String written(int i) {
        return i >= 0 && i < written.length ? written[i] : "";
    }

    boolean isWord(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    boolean isPunctuation(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).kind() == Token.Kind.PUNCTUATION;
    }

    /** Whether token {@code i} stands inside quoted text, where words are not the speaker's own. */
    boolean quoted(int i) {
        return tokens.get(i).quoted();
    }

    int sentenceStart(int i) {
        return sentenceStart[i];
    }

    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    int pieceStart(int i) {
        return pieceStart[i];
    }

    int pieceEnd(int i) {
        return pieceEnd[i];
    }

    /** Whether the sentence of token {@code i} ends with a question mark. */
    boolean asked(int i) {
        return question[i];
    }
}
