package dev.clientele.adapter.text;

import dev.clientele.adapter.text.internal.EnglishStems;
import dev.clientele.adapter.text.internal.Folding;
import dev.clientele.adapter.text.internal.LanguageGuess;
import dev.clientele.adapter.text.internal.Negation;
import dev.clientele.adapter.text.internal.Piece;
import dev.clientele.adapter.text.internal.PolishLemmas;
import dev.clientele.adapter.text.internal.Quotation;
import dev.clientele.adapter.text.internal.SignalMeter;
import dev.clientele.adapter.text.internal.Tokeniser;
import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.Token.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Analyses Polish and English text: tokens with offsets, Polish lemmas from the Morfologik
 * dictionary (restoring diacritics lost in hurried typing), English Snowball stems, negation,
 * quoting, signals and language detection. Thread-safe and deterministic; one instance may serve
 * every thread, and the first Polish analysis on a thread loads that thread's dictionary reader.
 *
 * <p>Lemmas: a Polish word gets its dictionary lemma in lower case; an English word the stem of
 * its folded form, contractions reduced to their verb ("don't" → "do"). Numbers keep their text;
 * URLs, mentions, hashtags, emoji and punctuation have their folded text as lemma.
 * {@link #detectLanguage(List)} weighs letters, frequent words, the Polish and English
 * dictionaries and character profiles of both languages, and answers
 * {@link TextAnalyser#UNDETERMINED} when the texts do not tell: nothing but numbers or emoji, or
 * too few words that only one of the languages uses.
 */
public final class StandardTextAnalyser implements TextAnalyser {

    private static final Set<String> LANGUAGES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("en", "pl")));

    private final PolishLemmas polish = new PolishLemmas();
    private final EnglishStems english = new EnglishStems();
    private final LanguageGuess guess = new LanguageGuess(polish);

    /** Creates an analyser; the language profiles load now, the dictionaries lazily on first use. */
    public StandardTextAnalyser() {
        // Public and argument-free so ServiceLoader can create it.
    }

    /** {@code en} and {@code pl}, in that order. */
    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public AnalysedText analyse(String text, String language) {
        Objects.requireNonNull(text, "text");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", got " + language);
        }
        List<Piece> pieces = Tokeniser.split(text);
        boolean[] quotedChars = Quotation.quotedCharacters(text);
        boolean noDiacritics = !Folding.hasPolishDiacritics(text);

        List<Kind> kinds = new ArrayList<>(pieces.size());
        List<String> folded = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            kinds.add(p.kind());
            folded.add(Folding.fold(text.substring(p.start(), p.end())));
        }
        boolean[] negated = Negation.scopes(kinds, folded, language);

        List<Token> tokens = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            String written = text.substring(p.start(), p.end());
            String lemma = lemma(p.kind(), written, folded.get(i), language, noDiacritics);
            tokens.add(new Token(written, folded.get(i), lemma, p.kind(), p.start(), p.end(), negated[i],
                    quotedChars[p.start()]));
        }
        return new AnalysedText(language, collapseWhitespace(Folding.fold(text)), tokens, SignalMeter.measure(text, pieces));
    }

    @Override
    public String detectLanguage(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        return guess.guess(texts);
    }

    private String lemma(Kind kind, String written, String folded, String language, boolean noDiacritics) {
        return switch (kind) {
            case WORD -> "pl".equals(language) ? polish.lemma(written, noDiacritics) : english.stem(folded);
            case NUMBER -> written;
            default -> folded;
        };
    }

    private static String collapseWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
