package dev.clientele.playbooks.api;

import java.util.List;
import java.util.Objects;

/**
 * A turn's text after the host's one analysis: language, tokens with lemmas, and signals.
 * Every playbook sees the same analysis, so none re-does it and all agree on it.
 *
 * @param language the detected or declared language, a lower-case ISO 639-1 code such as {@code pl}
 * @param folded   the whole text lower case with diacritics removed and white space collapsed
 * @param tokens   the tokens in text order; immutable
 * @param signals  non-lexical signals of the text
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record AnalysedText(String language, String folded, List<Token> tokens, TextSignals signals) {

    public AnalysedText {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(folded, "folded");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(signals, "signals");
    }

    /** Whether any word of the text, not negated and not quoted, has one of the given lemmas. */
    public boolean hasLemma(String lemma) {
        for (Token t : tokens) {
            if (t.isWord() && !t.negated() && !t.quoted() && t.lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }
}
