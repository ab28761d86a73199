package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.util.List;
import java.util.Map;

/**
 * The default word lists compiled with the host's analyser, one {@link PhraseIndex} per language.
 * Built once when a playbook starts; immutable and safe to share between threads.
 */
public final class Lexicons {

    /** The languages the default playbooks have word lists and texts for. */
    public static final List<String> LANGUAGES = List.of(Lexicon.PL, Lexicon.EN);

    private final Map<String, PhraseIndex> byLanguage;

    private Lexicons(Map<String, PhraseIndex> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Compiles every default cue with the context's analyser. */
    public static Lexicons compile(PlaybookContext context) {
        List<Cue> cues = Lexicon.all();
        return new Lexicons(Map.of(
                Lexicon.PL, PhraseIndex.compile(cues, Lexicon.PL, context),
                Lexicon.EN, PhraseIndex.compile(cues, Lexicon.EN, context)));
    }

    /** The cues found in a text, using the word lists of the text's own language (English when unknown). */
    List<PhraseIndex.Hit> find(AnalysedText text) {
        PhraseIndex index = byLanguage.getOrDefault(text.language(), byLanguage.get(Lexicon.EN));
        return index.find(text);
    }
}
