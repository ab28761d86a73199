package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The default word lists compiled with the host's analyser, one {@link PhraseIndex} per language,
 * and the cues already found in each analysed text. Built once per host analysis and shared by the
 * built-in playbooks started with it; thread-safe.
 */
public final class Lexicons {

    /** The languages the default playbooks have word lists and texts for. */
    public static final List<String> LANGUAGES = List.of(Lexicon.PL, Lexicon.EN);

    /**
     * Analysed once as a token of the host's analysis: a host that hands out the very same
     * {@link AnalysedText} instance for it serves every text from one analysis, so the word lists
     * compiled with it fit. Its words are common cue words, so the text is worth caching anyway.
     */
    static final String PROBE = "still waiting for an answer";

    /** Lexicons by the probe instance of the host that compiled them; weak, so a closed host lets go. */
    private static final List<Shared> SHARED = new ArrayList<>();

    private final Map<String, PhraseIndex> byLanguage;
    private final TextMemo<List<PhraseIndex.Hit>> hits = new TextMemo<>(this::match);
    private final TextMemo<List<Promises.Promise>> promises = new TextMemo<>(Promises::in);
    private final TextMemo<WordFeatures> words = new TextMemo<>(t -> WordFeatures.of(t, i -> false, SwearWords.shared()));

    private Lexicons(Map<String, PhraseIndex> byLanguage) {
        this.byLanguage = byLanguage;
    }

    private record Shared(WeakReference<AnalysedText> probe, Lexicons lexicons) {
    }

    /**
     * Compiles every default cue with the context's analyser, on the calling thread: a context's
     * analysis may need locks or class initialisation the caller holds, so another thread could deadlock.
     */
    public static Lexicons compile(PlaybookContext context) {
        List<Cue> cues = Lexicon.all();
        return new Lexicons(Map.of(
                Lexicon.PL, PhraseIndex.compile(cues, Lexicon.PL, context),
                Lexicon.EN, PhraseIndex.compile(cues, Lexicon.EN, context)));
    }

    /**
     * The word lists for the context's analyser: those already compiled for a context whose
     * analysis returns the same instance for {@link #PROBE}, else compiled now. Identity, not
     * equality, decides, so a different analyser never gets another's word lists.
     */
    public static Lexicons of(PlaybookContext context) {
        synchronized (SHARED) {
            AnalysedText probe = context.analyse(PROBE, Lexicon.EN);
            for (Iterator<Shared> i = SHARED.iterator(); i.hasNext(); ) {
                Shared s = i.next();
                AnalysedText known = s.probe().get();
                if (known == null) {
                    i.remove();
                } else if (known == probe) {
                    return s.lexicons();
                }
            }
            Lexicons compiled = compile(context);
            // Asked again after compiling: a bounded host cache may have let the first instance go.
            SHARED.add(new Shared(new WeakReference<>(context.analyse(PROBE, Lexicon.EN)), compiled));
            return compiled;
        }
    }

    /** The cues found in a text, using the word lists of the text's own language (English when unknown). */
    List<PhraseIndex.Hit> find(AnalysedText text) {
        return hits.get(text);
    }

    /** The timed promises in an agent's text, undated; read once per analysed text. */
    List<Promises.Promise> promisesIn(AnalysedText text) {
        return promises.get(text);
    }

    /** The features of a text's words for the recognition model, when none of them is a name; made once per analysed text. */
    WordFeatures wordsOf(AnalysedText text) {
        return words.get(text);
    }

    /** How many analysed texts have their cues remembered; for tests. */
    int remembered() {
        return hits.size();
    }

    private List<PhraseIndex.Hit> match(AnalysedText text) {
        PhraseIndex index = byLanguage.getOrDefault(text.language(), byLanguage.get(Lexicon.EN));
        return List.copyOf(index.find(text));
    }
}
