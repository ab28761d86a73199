package dev.clientele.playbooks.defaults.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default word lists live in {@code lexicon/cues-<language>.tsv}: read strictly, every mistake
 * reported with its file and line, and holding exactly the cues the Java lists held before.
 */
class LexiconTests {

    /** The Java lists' cues, dumped from that code once before it was deleted. */
    private static final String JAVA_LISTS = "cues-of-the-java-lists.tsv";

    @Test
    void theFilesGiveExactlyTheCuesOfTheJavaListsInTheirOrderWithinEachLanguage() throws IOException {
        List<Cue> before = javaLists();
        List<Cue> now = Lexicon.all();

        // Each language is compiled into its own index, so only the order within a language can matter:
        // there a phrase listed under two signals counts for the first.
        assertThat(now).hasSize(1126).hasSameSizeAs(before);
        assertThat(before).extracting(Cue::language).containsOnlyElementsOf(Lexicons.LANGUAGES);
        for (String language : Lexicons.LANGUAGES) {
            assertThat(now.stream().filter(c -> c.language().equals(language)).toList()).as(language)
                    .containsExactlyElementsOf(before.stream().filter(c -> c.language().equals(language)).toList());
        }
    }

    @Test
    void aLineWithoutThreeCellsIsReportedWithItsFileAndLine() {
        assertThatThrownBy(() -> Lexicon.parse("cues-en.tsv", "en", List.of("# waiting", "", "IMPATIENT\t0.6 still waiting")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cues-en.tsv line 3: expected 3 tab-separated cells (SIGNAL, weight, phrase), got 2");
        assertThatThrownBy(() -> Lexicon.parse("cues-en.tsv", "en", List.of("IMPATIENT\t0.6\tstill\twaiting")))
                .hasMessage("cues-en.tsv line 1: expected 3 tab-separated cells (SIGNAL, weight, phrase), got 4");
    }

    @Test
    void anUnknownSignalIsNamed() {
        assertThatThrownBy(() -> Lexicon.parse("cues-pl.tsv", "pl", List.of("IMPATIENT\t0.6\tnadal czekam", "impatient\t0.6\tdalej nic")))
                .hasMessage("cues-pl.tsv line 2: signal must be a name of Signal in capitals, got \"impatient\"");
    }

    @Test
    void aWeightMustBeADecimalNumberAboveZeroAndAtMostOne() {
        for (String weight : List.of("0", "1.5", "0,6", ".6", " 0.6", "0.6d", "NaN", "")) {
            assertThatThrownBy(() -> Lexicon.parse("cues-en.tsv", "en", List.of("ANGER\t" + weight + "\tfurious")))
                    .as(weight)
                    .hasMessage("cues-en.tsv line 1: weight must be a decimal number in (0, 1] such as 0.45, got \"" + weight + "\"");
        }
        assertThat(Lexicon.parse("cues-en.tsv", "en", List.of("ANGER\t1\tfurious", "ANGER\t0.15\tmad")))
                .extracting(Cue::weight).containsExactly(1.0, 0.15);
    }

    @Test
    void aPhraseMustHoldWordsWithNoSpaceAtEitherEnd() {
        for (String phrase : List.of("", " ", "~", "=", "~=", "furious ", " furious", "= furious", "~ your manager")) {
            assertThatThrownBy(() -> Lexicon.parse("cues-en.tsv", "en", List.of("ANGER\t0.3\t" + phrase)))
                    .as("'%s'", phrase)
                    .hasMessage("cues-en.tsv line 1: phrase must hold words, with no space at either end or after ~ or =, got \""
                            + phrase + "\"");
        }
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndPrefixesKept() {
        List<Cue> cues = Lexicon.parse("cues-pl.tsv", "pl", List.of("# forgetful", "FORGETFUL\t0.6\t=zapomniałem", "   ",
                "MANAGER_DEMAND\t0.6\t~kierownik"));

        assertThat(cues).containsExactly(new Cue(Signal.FORGETFUL, 0.6, "pl", "=zapomniałem"),
                new Cue(Signal.MANAGER_DEMAND, 0.6, "pl", "~kierownik"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Lexicon.read("de"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cues-de.tsv: word list missing from /dev/clientele/playbooks/defaults/lexicon/");
    }

    @Test
    void aLineThatIsNotUtf8IsReportedWithItsLine() {
        byte[] latin2 = "ANGER\t0.3\tfurious\nANGER\t0.3\twściekły\n".getBytes(java.nio.charset.Charset.forName("ISO-8859-2"));

        assertThatThrownBy(() -> LexiconFile.decode("cues-pl.tsv", latin2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cues-pl.tsv line 2: not valid UTF-8");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreNotPartOfTheWords() {
        byte[] bytes = "\uFEFF# en\r\nANGER\t0.3\tfurious\r\n\r\nTHANKS\t0.5\tcheers".getBytes(StandardCharsets.UTF_8);

        List<String> lines = LexiconFile.decode("cues-en.tsv", bytes);

        assertThat(lines).containsExactly("# en", "ANGER\t0.3\tfurious", "", "THANKS\t0.5\tcheers");
        assertThat(Lexicon.parse("cues-en.tsv", "en", lines)).extracting(Cue::phrase).containsExactly("furious", "cheers");
    }

    private static List<Cue> javaLists() throws IOException {
        try (InputStream in = Objects.requireNonNull(LexiconTests.class.getResourceAsStream(JAVA_LISTS), JAVA_LISTS)) {
            List<Cue> cues = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    cues.add(new Cue(Signal.valueOf(cells[0]), Double.parseDouble(cells[1]), cells[2], cells[3]));
                }
            }
            return cues;
        }
    }
}
