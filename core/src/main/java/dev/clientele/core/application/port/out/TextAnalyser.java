package dev.clientele.core.application.port.out;

import dev.clientele.playbooks.api.AnalysedText;

import java.util.List;
import java.util.Set;

/**
 * Analyses text once for every playbook: tokens, lemmas, negation, quoting and signals.
 * Implementations are thread-safe and deterministic, and are found with
 * {@link java.util.ServiceLoader} when the host is not given one.
 */
public interface TextAnalyser {

    /** The languages this analyser supports, lower-case ISO 639-1 codes such as {@code pl}. */
    Set<String> languages();

    /**
     * Analyses one text.
     *
     * @param text     the text, not null
     * @param language one of {@link #languages()}
     * @throws IllegalArgumentException when the language is not supported
     */
    AnalysedText analyse(String text, String language);

    /**
     * The most likely language of the given texts, one of {@link #languages()}; the first of a
     * stable order when the texts give no evidence.
     */
    String detectLanguage(List<String> texts);
}
