package dev.clientele.adapter.text;

import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.Token.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardTextAnalyserTests {

    private final StandardTextAnalyser analyser = new StandardTextAnalyser();

    private Token word(AnalysedText text, String written) {
        return text.tokens().stream().filter(t -> t.text().equals(written)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + written + " in " + text.tokens()));
    }

    private String lemmaPl(String word) {
        return word(analyser.analyse(word, "pl"), word).lemma();
    }

    @Nested
    class PolishLemmas {

        @Test
        void inflectedNounsShareTheirDictionaryForm() {
            assertThat(lemmaPl("kierownika")).isEqualTo("kierownik");
            assertThat(lemmaPl("kierownikiem")).isEqualTo("kierownik");
            assertThat(lemmaPl("Kierownik")).isEqualTo("kierownik");
        }

        @Test
        void participlesAndVerbsGetTheirLemma() {
            assertThat(lemmaPl("przełożonego")).isEqualTo("przełożony");
            assertThat(lemmaPl("oddzwonię")).isEqualTo("oddzwonić");
        }

        @Test
        void adjectiveWinsOverItsNeuterNounReading() {
            assertThat(lemmaPl("złe")).isEqualTo("zły");
        }

        @Test
        void nounWinsOverAnAdjectiveSpelledLikeIt() {
            assertThat(lemmaPl("umowy")).isEqualTo("umowa");
        }

        @Test
        void pluralOnlyNounsYieldToTheirSingularTwin() {
            assertThat(lemmaPl("rozmowy")).isEqualTo("rozmowa");
            assertThat(lemmaPl("koszty")).isEqualTo("koszt");
        }

        @Test
        void theCommonestLemmasWinOverRareHomographs() {
            assertThat(lemmaPl("mam")).isEqualTo("mieć");
            assertThat(lemmaPl("były")).isEqualTo("być");
            assertThat(lemmaPl("mną")).isEqualTo("ja");
            assertThat(lemmaPl("lata")).isEqualTo("rok");
            assertThat(lemmaPl("nie")).isEqualTo("nie");
        }

        @Test
        void aWordThatIsItsOwnLemmaKeepsIt() {
            assertThat(lemmaPl("wściekły")).isEqualTo("wściekły");
            assertThat(lemmaPl("sklep")).isEqualTo("sklep");
            assertThat(lemmaPl("Przychodnia")).isEqualTo("przychodnia");
        }

        @Test
        void otherwiseTheLemmaWithMoreReadingsWins() {
            assertThat(lemmaPl("paczki")).isEqualTo("paczka");
        }

        @Test
        void diacriticsLostInHurriedTypingAreRestored() {
            assertThat(lemmaPl("prosze")).isEqualTo("prosić");
            assertThat(lemmaPl("oddzwonie")).isEqualTo("oddzwonić");
            assertThat(lemmaPl("przelozonego")).isEqualTo("przełożony");
        }

        @Test
        void aDemandTypedWithoutDiacriticsIsReadAsADemand() {
            AnalysedText text = analyser.analyse("zadam rozmowy z kierownikiem", "pl");
            assertThat(word(text, "zadam").lemma()).isEqualTo("żądać");
        }

        @Test
        void aWriterWhoUsesDiacriticsMeansTheWordAsWritten() {
            AnalysedText text = analyser.analyse("zadam jeszcze jedno pytanie, proszę", "pl");
            assertThat(word(text, "zadam").lemma()).isEqualTo("zadać");
        }

        @Test
        void inATextWithoutDiacriticsACommonWordWinsOverARareOneSpelledTheSame() {
            AnalysedText text = analyser.analyse("mial zadzwonic i tez nic", "pl");
            assertThat(word(text, "mial").lemma()).isEqualTo("mieć");
            assertThat(word(text, "tez").lemma()).isEqualTo("też");
            assertThat(word(text, "zadzwonic").lemma()).isEqualTo("zadzwonić");
        }

        @Test
        void singleLettersAreNotReadAsAbbreviations() {
            assertThat(lemmaPl("K")).isEqualTo("k");
            assertThat(lemmaPl("wg")).isEqualTo("według");
        }

        @Test
        void chatWordsKeepTheirOwnForm() {
            assertThat(lemmaPl("ok")).isEqualTo("ok");
        }

        @Test
        void aLongForeignWordIsGivenUpOnAfterABoundedSearch() {
            assertThat(lemmaPl("Lebensversicherungs")).isEqualTo("lebensversicherungs");
            assertThat(lemmaPl("zzzzzzzzzzzzzzzz")).isEqualTo("zzzzzzzzzzzzzzzz");
        }

        @Test
        void unknownWordsFallBackToTheirFoldedForm() {
            assertThat(lemmaPl("Qwxyzzz")).isEqualTo("qwxyzzz");
        }
    }

    @Nested
    class EnglishStems {

        @Test
        void wordsAreStemmed() {
            AnalysedText text = analyser.analyse("Flights delayed, waiting for a supervisor", "en");
            assertThat(word(text, "Flights").lemma()).isEqualTo("flight");
            assertThat(word(text, "delayed").lemma()).isEqualTo("delay");
            assertThat(word(text, "waiting").lemma()).isEqualTo("wait");
        }

        @Test
        void contractionsAreReducedToTheirVerb() {
            AnalysedText text = analyser.analyse("I don't know, they can't and won't help", "en");
            assertThat(word(text, "don't").lemma()).isEqualTo("do");
            assertThat(word(text, "can't").lemma()).isEqualTo("can");
            assertThat(word(text, "won't").lemma()).isEqualTo("will");
        }

        @Test
        void typographicApostrophesFoldToPlainOnes() {
            Token dont = word(analyser.analyse("I don’t care", "en"), "don’t");
            assertThat(dont.folded()).isEqualTo("don't");
            assertThat(dont.lemma()).isEqualTo("do");
        }
    }

    @Nested
    class Folding {

        @Test
        void foldedFormsDropCaseAndDiacriticsIncludingTheStrokedL() {
            AnalysedText text = analyser.analyse("Żądam   ZWROTU  Łukasz", "pl");
            assertThat(text.tokens()).extracting(Token::folded).containsExactly("zadam", "zwrotu", "lukasz");
            assertThat(text.folded()).isEqualTo("zadam zwrotu lukasz");
        }
    }

    @Nested
    class Negation {

        @Test
        void polishNegationGovernsTheFollowingWords() {
            AnalysedText text = analyser.analyse("nie jestem zły", "pl");
            assertThat(word(text, "zły").negated()).isTrue();
            assertThat(word(text, "nie").negated()).isFalse();
            assertThat(text.hasLemma("zły")).isFalse();
        }

        @Test
        void englishNegationGovernsTheFollowingWords() {
            AnalysedText text = analyser.analyse("I am not angry", "en");
            assertThat(word(text, "angry").negated()).isTrue();
            assertThat(word(text, "am").negated()).isFalse();
        }

        @Test
        void contractedNegationGovernsTooWithOrWithoutApostrophe() {
            assertThat(word(analyser.analyse("I don't want a refund", "en"), "want").negated()).isTrue();
            assertThat(word(analyser.analyse("i dont want a refund", "en"), "want").negated()).isTrue();
        }

        @Test
        void negationStopsAtPunctuationAndContrast() {
            AnalysedText text = analyser.analyse("Not bad, angry now", "en");
            assertThat(word(text, "bad").negated()).isTrue();
            assertThat(word(text, "angry").negated()).isFalse();
            AnalysedText contrast = analyser.analyse("nie chodzi o cenę ale jestem wściekły", "pl");
            assertThat(word(contrast, "wściekły").negated()).isFalse();
        }

        @Test
        void negationReachesOnlyAShortWindow() {
            AnalysedText text = analyser.analyse("never had one problem with them before today", "en");
            assertThat(word(text, "had").negated()).isTrue();
            assertThat(word(text, "problem").negated()).isTrue();
            assertThat(word(text, "with").negated()).isFalse();
        }

        @Test
        void politeFillerNoIsNotANegationInPolish() {
            AnalysedText text = analyser.analyse("no trudno", "pl");
            assertThat(word(text, "trudno").negated()).isFalse();
        }
    }

    @Nested
    class Quoting {

        @Test
        void wordsInsideDoubleQuotesAreQuoted() {
            AnalysedText text = analyser.analyse("You said \"call back today\" and nothing", "en");
            assertThat(word(text, "call").quoted()).isTrue();
            assertThat(word(text, "today").quoted()).isTrue();
            assertThat(word(text, "said").quoted()).isFalse();
            assertThat(word(text, "and").quoted()).isFalse();
        }

        @Test
        void polishAndGuillemetQuotesAreQuoted() {
            AnalysedText pl = analyser.analyse("Napisali „oddzwonimy jutro” i cisza", "pl");
            assertThat(word(pl, "oddzwonimy").quoted()).isTrue();
            assertThat(word(pl, "cisza").quoted()).isFalse();
            AnalysedText guillemets = analyser.analyse("mówili «kierownik» tylko", "pl");
            assertThat(word(guillemets, "kierownik").quoted()).isTrue();
            assertThat(word(guillemets, "tylko").quoted()).isFalse();
        }

        @Test
        void singleQuotesQuoteButApostrophesDoNot() {
            AnalysedText text = analyser.analyse("they said 'urgent' but don't care", "en");
            assertThat(word(text, "urgent").quoted()).isTrue();
            assertThat(word(text, "care").quoted()).isFalse();
            assertThat(word(text, "don't").quoted()).isFalse();
        }

        @Test
        void replyLinesStartingWithAnAngleBracketAreQuoted() {
            AnalysedText text = analyser.analyse("> we will refund you\nwhere is it", "en");
            assertThat(word(text, "refund").quoted()).isTrue();
            assertThat(word(text, "where").quoted()).isFalse();
        }

        @Test
        void aTextFullOfStrayQuotesIsStillAnalysedWhole() {
            String text = "„a 'b ".repeat(20_000);
            AnalysedText analysed = analyser.analyse(text, "pl");
            assertThat(analysed.tokens()).hasSize(80_000).noneMatch(Token::quoted);
        }

        @Test
        void anUnclosedQuoteQuotesNothing() {
            AnalysedText text = analyser.analyse("this is \"absurd and slow", "en");
            assertThat(word(text, "absurd").quoted()).isFalse();
        }
    }

    @Nested
    class SpecialTokens {

        @Test
        void urlsMentionsAndHashtagsAreSingleTokens() {
            AnalysedText text = analyser.analyse("@united see https://t.co/abc123?x=1. #fail and delta.com", "en");
            assertThat(text.tokens()).extracting(Token::kind, Token::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Kind.MENTION, "@united"),
                    org.assertj.core.groups.Tuple.tuple(Kind.WORD, "see"),
                    org.assertj.core.groups.Tuple.tuple(Kind.URL, "https://t.co/abc123?x=1"),
                    org.assertj.core.groups.Tuple.tuple(Kind.PUNCTUATION, "."),
                    org.assertj.core.groups.Tuple.tuple(Kind.HASHTAG, "#fail"),
                    org.assertj.core.groups.Tuple.tuple(Kind.WORD, "and"),
                    org.assertj.core.groups.Tuple.tuple(Kind.URL, "delta.com"));
        }

        @Test
        void sentencesTypedWithoutASpaceAfterTheFullStopAreNotAddresses() {
            AnalysedText text = analyser.analyse("Nie wiem.Co teraz?A gdzie.pl", "pl");
            assertThat(text.tokens()).filteredOn(t -> t.kind() == Kind.URL).extracting(Token::text)
                    .containsExactly("gdzie.pl");
            assertThat(word(text, "Co").kind()).isEqualTo(Kind.WORD);
        }

        @Test
        void emailAddressesAreAddressesNotMentions() {
            AnalysedText text = analyser.analyse("write to jan.kowalski@firma.pl now", "pl");
            assertThat(word(text, "jan.kowalski@firma.pl").kind()).isEqualTo(Kind.URL);
            assertThat(text.tokens()).noneMatch(t -> t.kind() == Kind.MENTION);
        }

        @Test
        void emojiIncludingJoinedSequencesFlagsAndEmoticonsAreCounted() {
            AnalysedText text = analyser.analyse("great 😡😡 👨‍👩‍👧 🇵🇱 :) ❤️", "en");
            assertThat(text.tokens()).filteredOn(t -> t.kind() == Kind.EMOJI).extracting(Token::text)
                    .containsExactly("😡", "😡", "👨‍👩‍👧", "🇵🇱", ":)", "❤️");
            assertThat(text.signals().emoji()).isEqualTo(6);
        }

        @Test
        void numbersKeepTheirSeparatorsAndTimesSplitFromUnits() {
            AnalysedText text = analyser.analyse("oddzwonię o 15:30, kwota 1,5 zł, by 10am", "pl");
            assertThat(text.tokens()).filteredOn(t -> t.kind() == Kind.NUMBER).extracting(Token::text)
                    .containsExactly("15:30", "1,5", "10");
            assertThat(word(text, "am").kind()).isEqualTo(Kind.WORD);
        }

        @Test
        void htmlEntitiesOfScrapedPostsAreMarksNotWords() {
            AnalysedText text = analyser.analyse("bags &amp; seats &#8217;", "en");
            assertThat(text.tokens()).extracting(Token::kind, Token::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Kind.WORD, "bags"),
                    org.assertj.core.groups.Tuple.tuple(Kind.PUNCTUATION, "&amp;"),
                    org.assertj.core.groups.Tuple.tuple(Kind.WORD, "seats"),
                    org.assertj.core.groups.Tuple.tuple(Kind.PUNCTUATION, "&#8217;"));
        }

        @Test
        void runsOfMarksAreSingleTokens() {
            AnalysedText text = analyser.analyse("why?!?! ok...", "en");
            assertThat(text.tokens()).extracting(Token::text).containsExactly("why", "?!?!", "ok", "...");
        }
    }

    @Nested
    class Signals {

        @Test
        void capitalsRatioCountsLettersOfWordsOfTwoOrMoreLettersOnly() {
            // "I" and "A" are single letters; the mention and URL do not count.
            AnalysedText text = analyser.analyse("I WANT a Refund @DELTA https://X.COM", "en");
            // WANT: 4 of 4, Refund: 1 of 6
            assertThat(text.signals().capitalsRatio()).isCloseTo(5.0 / 10.0, org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void runsOfExclamationAndQuestionMarksAreMeasured() {
            AnalysedText text = analyser.analyse("Where is it??? Now!!!! Really?!", "en");
            assertThat(text.signals().longestQuestionRun()).isEqualTo(3);
            assertThat(text.signals().longestExclamationRun()).isEqualTo(4);
            assertThat(text.signals().questions()).isEqualTo(2);
        }

        @Test
        void charactersAndWordsAreCounted() {
            AnalysedText text = analyser.analyse("Gdzie jest paczka? 😡", "pl");
            assertThat(text.signals().characters()).isEqualTo(20);
            assertThat(text.signals().words()).isEqualTo(3);
        }

        @Test
        void anEmptyTextHasNoTokensAndNoSignals() {
            AnalysedText text = analyser.analyse("", "en");
            assertThat(text.tokens()).isEmpty();
            assertThat(text.signals()).isEqualTo(dev.clientele.playbooks.api.TextSignals.NONE);
        }
    }

    @Nested
    class Languages {

        @Test
        void offersEnglishThenPolish() {
            assertThat(analyser.languages()).containsExactly("en", "pl");
        }

        @Test
        void refusesALanguageItDoesNotSupport() {
            assertThatThrownBy(() -> analyser.analyse("hola", "es"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("es");
        }

        @Test
        void detectsPolishFromDiacriticsAndFunctionWords() {
            assertThat(analyser.detectLanguage(List.of("Dzień dobry, czekam już trzy dni na zwrot"))).isEqualTo("pl");
            assertThat(analyser.detectLanguage(List.of("nie dziala mi internet juz tydzien"))).isEqualTo("pl");
        }

        @Test
        void detectsPolishTypedWithoutAnyDiacritics() {
            assertThat(analyser.detectLanguage(List.of("Corka dostala jakies masci"))).isEqualTo("pl");
        }

        @Test
        void loanwordsTheDictionaryKnowsDoNotMakeEnglishPolish() {
            assertThat(analyser.detectLanguage(List.of("I'd like to set up online banking"))).isEqualTo("en");
            assertThat(analyser.detectLanguage(List.of("Please help! Premium skipping on android tablet"))).isEqualTo("en");
        }

        @Test
        void detectsEnglish() {
            assertThat(analyser.detectLanguage(List.of("My flight was cancelled and nobody is answering the phone")))
                    .isEqualTo("en");
        }

        @Test
        void answersUndeterminedWithoutEvidence() {
            assertThat(analyser.detectLanguage(List.of())).isEqualTo(TextAnalyser.UNDETERMINED);
            assertThat(analyser.detectLanguage(List.of("!!!", "😡"))).isEqualTo(TextAnalyser.UNDETERMINED);
        }

        @Test
        void weighsAllTextsTogether() {
            assertThat(analyser.detectLanguage(List.of("ok", "Proszę o zwrot pieniędzy, to już drugi raz"))).isEqualTo("pl");
        }
    }

    @Test
    void serviceLoaderFindsTheAnalyser() {
        assertThat(ServiceLoader.load(TextAnalyser.class).stream().map(ServiceLoader.Provider::type))
                .contains(StandardTextAnalyser.class);
    }

    @Test
    void asterisksThatMaskLettersStayInsideTheWordButEmphasisDoesNot() {
        assertThat(analyser.analyse("ty k***o, f**king f*** idea", "en").tokens().stream()
                .filter(Token::isWord).map(Token::text).toList())
                .containsExactly("ty", "k***o", "f**king", "f***", "idea");
        assertThat(analyser.analyse("this is *important* now", "en").tokens().stream()
                .filter(Token::isWord).map(Token::text).toList())
                .containsExactly("this", "is", "important", "now");
    }
}
