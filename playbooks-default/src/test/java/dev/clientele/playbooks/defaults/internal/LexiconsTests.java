package dev.clientele.playbooks.defaults.internal;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.PlaybookContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word lists are compiled once per host analysis and shared only with contexts served by that
 * same analysis; the cues of an analysed text are found once and remembered only while the text lives.
 */
class LexiconsTests {

    private static final StandardTextAnalyser ANALYSER = new StandardTextAnalyser();

    /** A context like the host's: every text analysed once, then the same instance handed out. */
    private static PlaybookContext caching(Map<String, AnalysedText> cache) {
        return new PlaybookContext() {
            @Override
            public ApiVersion hostApiVersion() {
                return ApiVersion.CURRENT;
            }

            @Override
            public Map<String, String> configuration() {
                return Map.of();
            }

            @Override
            public AnalysedText analyse(String text, String language) {
                return cache.computeIfAbsent(language + "\u0000" + text, k -> ANALYSER.analyse(text, language));
            }
        };
    }

    @Test
    void contextsServedByOneAnalysisShareOneCompilation() {
        Map<String, AnalysedText> cache = new ConcurrentHashMap<>();

        Lexicons first = Lexicons.of(caching(cache));
        Lexicons second = Lexicons.of(caching(cache));

        assertThat(second).isSameAs(first);
    }

    @Test
    void aContextWithItsOwnAnalysisNeverGetsAnotherHostsWordLists() {
        Lexicons first = Lexicons.of(caching(new ConcurrentHashMap<>()));
        Lexicons other = Lexicons.of(caching(new ConcurrentHashMap<>()));

        assertThat(other).isNotSameAs(first);
    }

    @Test
    void sharedWordListsFindTheSameCuesAsFreshlyCompiledOnes() {
        Map<String, AnalysedText> cache = new ConcurrentHashMap<>();
        PlaybookContext context = caching(cache);
        Lexicons.of(context);
        Lexicons shared = Lexicons.of(context);
        Lexicons fresh = Lexicons.compile(context);
        AnalysedText text = ANALYSER.analyse("I have been waiting for two hours, I want your manager right now!", "en");

        assertThat(shared.find(text)).isNotEmpty().isEqualTo(fresh.find(text));
    }

    @Test
    void theCuesOfOneAnalysedTextAreFoundOnceAndHandedOutAgain() {
        Lexicons lexicons = Lexicons.compile(caching(new ConcurrentHashMap<>()));
        AnalysedText text = ANALYSER.analyse("Czekam już godzinę, proszę o kierownika.", "pl");

        List<PhraseIndex.Hit> once = lexicons.find(text);
        List<PhraseIndex.Hit> again = lexicons.find(text);
        List<PhraseIndex.Hit> equalTextOtherInstance = lexicons.find(ANALYSER.analyse("Czekam już godzinę, proszę o kierownika.", "pl"));

        assertThat(again).isSameAs(once);
        assertThat(equalTextOtherInstance).isEqualTo(once);
        assertThat(lexicons.remembered()).isEqualTo(2);
    }

    @Test
    void textsNobodyHoldsAnyMoreAreForgotten() throws InterruptedException {
        Lexicons lexicons = Lexicons.compile(caching(new ConcurrentHashMap<>()));
        List<AnalysedText> held = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            held.add(ANALYSER.analyse("still waiting for order " + i, "en"));
        }
        held.forEach(lexicons::find);
        assertThat(lexicons.remembered()).isEqualTo(50);

        held.clear();
        for (int round = 0; round < 50 && lexicons.remembered() > 0; round++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(lexicons.remembered()).isZero();
    }
}
