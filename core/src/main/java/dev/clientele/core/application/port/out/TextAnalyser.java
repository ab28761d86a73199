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

    /**
     * What {@link #detectLanguage(List)} answers when the texts do not tell the language: the
     * ISO 639-2 and BCP 47 code for "undetermined".
     */
    String UNDETERMINED = "und";

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
     * The language of the given texts taken together: one of {@link #languages()}, or
     * {@link #UNDETERMINED} when they do not tell it (no words, or too few that only one language
     * uses). Callers decide what an undetermined language means; the engine falls back as
     * {@code docs/integrating.md} describes.
     */
    String detectLanguage(List<String> texts);
}
