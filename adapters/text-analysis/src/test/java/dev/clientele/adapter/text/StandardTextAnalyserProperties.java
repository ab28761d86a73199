package dev.clientele.adapter.text;

import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

class StandardTextAnalyserProperties {

    private static final List<String> FRAGMENTS = List.of(
            "Żądam", "KRAKÓW", "Kraków", "krakow", "kierownika", "zadam", "nie", "jestem", "zły", "not", "angry",
            "don't", "dont", "I", "WANT",
            "refund", "!!!", "?!?", "...", ",", ".", "?", "\"", "„", "”", "«", "»", "'", "’", ">", "\n", " ", "  ",
            "\t", "😡", "👨‍👩‍👧", "🇵🇱", "❤️", "1️⃣", ":)", ":-(", "<3", "@united", "#fail", "https://t.co/x?a=1",
            "www.example.pl", "delta.com", "jan@firma.pl", "15:30", "10am", "1,5", "e-mail", "co-", "-",
            "\uD83D", "\uDE21", "\u200D", "\uFE0F", "\u0301", "é", "ł", "Ł", "ß", "İ", "ǅ", "@", "#", "www.", "http://");

    private static final StandardTextAnalyser ANALYSER = new StandardTextAnalyser();

    private static Gen<String> messages() {
        Gen<String> fromFragments = lists().of(integers().between(0, FRAGMENTS.size() - 1)).ofSizeBetween(0, 25)
                .map(indexes -> indexes.stream().map(FRAGMENTS::get).collect(Collectors.joining()));
        Gen<String> anyCharacters = strings().allPossible().ofLengthBetween(0, 60);
        return fromFragments.mix(anyCharacters, 50);
    }

    private static Gen<String> languages() {
        return arbitrary().pick(List.of("pl", "en"));
    }

    @Test
    void tokenOffsetsLieInsideTheTextAndIncrease() {
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            int previousEnd = 0;
            for (Token t : ANALYSER.analyse(text, language).tokens()) {
                assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
                previousEnd = t.end();
            }
        });
    }

    @Test
    void tokenTextIsTheSubstringAtItsOffsets() {
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            for (Token t : ANALYSER.analyse(text, language).tokens()) {
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            }
        });
    }

    @Test
    void anyTextIsAnalysedAndDetectedWithoutFailing() {
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            AnalysedText analysed = ANALYSER.analyse(text, language);
            assertThat(analysed.language()).isEqualTo(language);
            assertThat(analysed.signals().capitalsRatio()).isBetween(0.0, 1.0);
            assertThat(ANALYSER.detectLanguage(List.of(text))).isIn("pl", "en", TextAnalyser.UNDETERMINED);
        });
    }

    @Test
    void analysisIsDeterministicAcrossInstances() {
        StandardTextAnalyser other = new StandardTextAnalyser();
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            assertThat(ANALYSER.analyse(text, language)).isEqualTo(other.analyse(text, language));
            assertThat(ANALYSER.analyse(text, language)).isEqualTo(ANALYSER.analyse(text, language));
        });
    }

    @Test
    void whatWasAnalysedBeforeNeverChangesAnAnswer() {
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            StandardTextAnalyser fresh = new StandardTextAnalyser();
            StandardTextAnalyser warmed = new StandardTextAnalyser();
            warmed.analyse(text.toUpperCase(Locale.ROOT), language);
            warmed.analyse(text.toLowerCase(Locale.ROOT) + " ą", language);
            warmed.detectLanguage(List.of(text.toUpperCase(Locale.ROOT)));
            assertThat(warmed.analyse(text, language)).isEqualTo(fresh.analyse(text, language));
            assertThat(warmed.detectLanguage(List.of(text))).isEqualTo(fresh.detectLanguage(List.of(text)));
        });
    }

    @Test
    void onlyNonBlankSpansBecomeTokensAndEveryNonBlankCharacterIsCovered() {
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            boolean[] covered = new boolean[text.length()];
            for (Token t : ANALYSER.analyse(text, language).tokens()) {
                for (int i = t.start(); i < t.end(); i++) {
                    covered[i] = true;
                }
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                boolean ignorable = Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                        || Character.getType(cp) == Character.FORMAT;
                if (!ignorable) {
                    assertThat(covered[i]).as("character %d (U+%04X) of %s is in a token", i, cp, text).isTrue();
                }
                i += Character.charCount(cp);
            }
        });
    }

    @Test
    void foldingIsLowerCaseAndIdempotent() {
        qt().forAll(messages(), languages()).checkAssert((text, language) -> {
            for (Token t : ANALYSER.analyse(text, language).tokens()) {
                assertThat(t.folded()).isEqualTo(t.folded().toLowerCase(Locale.ROOT));
                assertThat(ANALYSER.analyse(t.folded(), language).folded()).isEqualTo(t.folded().strip());
            }
        });
    }
}
