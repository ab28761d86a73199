package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SwearWordsTests {

    private static final SwearWords WORDS = SwearWords.load();

    private static Token word(String text, String lemma) {
        return new Token(text, text.toLowerCase(), lemma, Token.Kind.WORD, 0, text.length(), false, false);
    }

    @Test
    void aMaskedWordCountsWhenItsVisibleLettersFitAListedWordOfTheSameLength() {
        assertThat(WORDS.count(List.of(word("k***a", "k***a")))).isEqualTo(1);
        assertThat(WORDS.count(List.of(word("f**king", "f**king")))).isEqualTo(1);
        assertThat(WORDS.count(List.of(word("x***q", "x***q")))).isZero();
    }

    @Test
    void polishInflectionsOfAListedStemCountButEnglishWordsMustMatchWhole() {
        assertThat(WORDS.count(List.of(word("chujowy", "chujowy")))).isEqualTo(1);
        assertThat(WORDS.count(List.of(word("assistant", "assistant")))).isZero();
        assertThat(WORDS.count(List.of(word("Shit", "shit")))).isEqualTo(1);
    }

    @Test
    void quotedWordsAreSomeoneElsesAndDoNotCount() {
        Token quoted = new Token("shit", "shit", "shit", Token.Kind.WORD, 0, 4, false, true);
        assertThat(WORDS.count(List.of(quoted))).isZero();
    }
}
