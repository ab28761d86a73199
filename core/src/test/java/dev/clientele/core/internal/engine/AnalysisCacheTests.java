package dev.clientele.core.internal.engine;

import dev.clientele.core.engine.fixtures.WordAnalyser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisCacheTests {

    @Test
    void aTextIsAnalysedOncePerLanguageAndThenServedFromTheCache() {
        WordAnalyser analyser = new WordAnalyser();
        AnalysisCache cache = new AnalysisCache(analyser, 10, 1_000);

        var first = cache.analyse("still waiting", "en");
        assertThat(cache.analyse("still waiting", "en")).isSameAs(first);
        cache.analyse("still waiting", "pl");

        assertThat(analyser.calls()).isEqualTo(2);
        assertThat(cache.analysedCount()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedTextGoesFirstWhenTheEntryBoundIsReached() {
        WordAnalyser analyser = new WordAnalyser();
        AnalysisCache cache = new AnalysisCache(analyser, 2, 1_000);
        cache.analyse("one", "en");
        cache.analyse("two", "en");
        cache.analyse("one", "en");
        cache.analyse("three", "en");

        assertThat(cache.size()).isEqualTo(2);
        cache.analyse("one", "en");
        assertThat(analyser.calls()).as("'one' was used recently and stayed").isEqualTo(3);
        cache.analyse("two", "en");
        assertThat(analyser.calls()).as("'two' was the least recently used and went").isEqualTo(4);
    }

    @Test
    void theCharacterBoundKeepsLongTextsFromFillingTheHeap() {
        AnalysisCache cache = new AnalysisCache(new WordAnalyser(), 1_000, 25);
        cache.analyse("a".repeat(10), "en");
        cache.analyse("b".repeat(10), "en");
        cache.analyse("c".repeat(10), "en");

        assertThat(cache.size()).isEqualTo(2);
        cache.analyse("d".repeat(100), "en");
        assertThat(cache.size()).as("a text longer than the bound is analysed but not kept").isZero();
    }
}
