package dev.clientele.playbooks.defaults.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promise word lists load for every language, and a bad line is refused naming the line and the rule. */
class PromiseLexiconTests {

    @ParameterizedTest
    @ValueSource(strings = {"promises-en.txt", "promises-pl.txt"})
    void theShippedListsLoad(String file) {
        PromiseLexicon lexicon = PromiseLexicon.load(file);

        assertThat(lexicon.source()).isEqualTo(file);
        assertThat(lexicon.hasWord("negation", file.contains("-pl") ? "nie" : "not")).isTrue();
    }

    @Test
    void anUnknownSectionIsRefusedWithItsLine() {
        assertThatThrownBy(() -> PromiseLexicon.parse("x.txt", List.of("# words", "[callbacks]", "call you")))
                .hasMessage("x.txt line 2: unknown section [callbacks]");
    }

    @Test
    void aValueOfTheWrongFormIsRefusedWithItsLineAndRule() {
        assertThatThrownBy(() -> PromiseLexicon.parse("x.txt", List.of("[units]", "minutes = 60")))
                .hasMessageStartingWith("x.txt line 2: [units] needs \"phrase = value\"");
        assertThatThrownBy(() -> PromiseLexicon.parse("x.txt", List.of("[negation]", "not = 1")))
                .hasMessage("x.txt line 2: [negation] takes no value");
    }

    @Test
    void aPhraseOutsideASectionOrWithALooseGapIsRefused() {
        assertThatThrownBy(() -> PromiseLexicon.parse("x.txt", List.of("call you")))
                .hasMessage("x.txt line 1: a phrase must follow a [section]");
        assertThatThrownBy(() -> PromiseLexicon.parse("x.txt", List.of("[update]", "... know")))
                .hasMessage("x.txt line 2: \"...\" must stand between two words");
    }

    @Test
    void theReaderCannotAskForASectionNoFileMayHave() {
        PromiseLexicon lexicon = PromiseLexicon.parse("x.txt", List.of("[negation]", "not"));

        assertThatThrownBy(() -> lexicon.hasWord("negations", "not"))
                .hasMessage("the promise reader has no section [negations]");
        assertThat(lexicon.hasWord("usually", "usually")).isFalse();
    }
}
