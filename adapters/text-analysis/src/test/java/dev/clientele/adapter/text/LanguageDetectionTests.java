package dev.clientele.adapter.text;

import dev.clientele.core.application.port.out.TextAnalyser;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Language detection on one-line ticket subjects written for the purpose
 * ({@code docs/quality/language}, where the README gives the numbers these floors keep): each
 * floor is the accuracy reached when the detector was built, less a small margin, and a wrong
 * language (rather than "undetermined") stays rarer than one subject in a hundred. The numbers go
 * to {@code language-subjects-report.txt} in the module's build folder, whether or not they pass.
 */
class LanguageDetectionTests {

    private static final Path SUBJECTS = Path.of("../../docs/quality/language");
    private static final double MOST_WRONG = 0.01;

    /** Accuracy reached when the detector was built, less a small margin, by subject file; "typos" is both files with typos. */
    private static final Map<String, Double> FLOORS = Map.of(
            "subjects-en.txt", 0.96, "held-out-en.txt", 0.93, "typos-en", 0.89,
            "subjects-pl.txt", 0.97, "held-out-pl.txt", 0.97, "typos-pl", 0.86);

    private final StandardTextAnalyser analyser = new StandardTextAnalyser();

    @Test
    void tellsTheSubjectsAtLeastAsWellAsWhenTheDetectorWasBuilt() throws IOException, URISyntaxException {
        StringBuilder report = new StringBuilder("subjects              lines  right  undetermined  wrong  accuracy\n");
        SoftAssertions softly = new SoftAssertions();
        for (String language : List.of("en", "pl")) {
            List<String> withTypos = new ArrayList<>();
            for (String file : List.of("subjects-" + language + ".txt", "held-out-" + language + ".txt")) {
                List<String> subjects = subjects(file);
                softly.assertThat(subjects).as(file).hasSizeGreaterThanOrEqualTo(80);
                check(softly, report, file, tally(subjects, language));
                subjects.stream().map(LanguageDetectionTests::withTypos).forEach(withTypos::add);
            }
            check(softly, report, "typos-" + language, tally(withTypos, language));
        }
        Path folder = Path.of(LanguageDetectionTests.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Files.writeString(folder.resolve("language-subjects-report.txt"), report.toString(), StandardCharsets.UTF_8);
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, StringBuilder report, String name, Tally tally) {
        report.append(String.format("%-21s %5d %6d %13d %6d %9.3f%n", name, tally.total, tally.right,
                tally.total - tally.right - tally.wrong.size(), tally.wrong.size(), tally.accuracy()));
        softly.assertThat(tally.accuracy()).as("%s: share told right; told wrong: %s", name, tally.wrong)
                .isGreaterThanOrEqualTo(FLOORS.get(name));
        softly.assertThat(tally.wrong.size()).as("%s: told as the other language", name)
                .isLessThanOrEqualTo((int) (MOST_WRONG * tally.total));
    }

    @Test
    void tellsTheShortEnglishSubjectsThatWereTakenForPolish() {
        for (String subject : List.of("Password reset", "Cannot login to portal", "Router keeps disconnecting")) {
            assertThat(analyser.detectLanguage(List.of(subject))).as(subject).isEqualTo("en");
        }
    }

    @Test
    void tellsShortPolishSubjects() {
        for (String subject : List.of("Brak internetu od rana", "Faktura za marzec", "Reset hasla", "Nie moge sie zalogowac")) {
            assertThat(analyser.detectLanguage(List.of(subject))).as(subject).isEqualTo("pl");
        }
    }

    @Test
    void cannotTellFromNothing() {
        assertThat(analyser.detectLanguage(List.of())).isEqualTo(TextAnalyser.UNDETERMINED);
        assertThat(analyser.detectLanguage(List.of(""))).isEqualTo(TextAnalyser.UNDETERMINED);
        assertThat(analyser.detectLanguage(List.of("   ", "\n"))).isEqualTo(TextAnalyser.UNDETERMINED);
    }

    @Test
    void cannotTellFromNumbersPunctuationOrEmoji() {
        assertThat(analyser.detectLanguage(List.of("12345"))).isEqualTo(TextAnalyser.UNDETERMINED);
        assertThat(analyser.detectLanguage(List.of("2026-03-02 15:30, 48 601 234 567"))).isEqualTo(TextAnalyser.UNDETERMINED);
        assertThat(analyser.detectLanguage(List.of("!!!", "😡"))).isEqualTo(TextAnalyser.UNDETERMINED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"internet", "Problem", "status", "ok", "portal", "router", "super", "VAT", "PIN"})
    void cannotTellFromOneWordBothLanguagesUse(String word) {
        assertThat(analyser.detectLanguage(List.of(word))).isEqualTo(TextAnalyser.UNDETERMINED);
    }

    @Test
    void oneWordOnlyOneLanguageUsesIsEnough() {
        assertThat(analyser.detectLanguage(List.of("Reklamacja"))).isEqualTo("pl");
        assertThat(analyser.detectLanguage(List.of("password"))).isEqualTo("en");
    }

    @Test
    void anUnknownWordAloneNeverDecides() {
        assertThat(analyser.detectLanguage(List.of("Kozoku"))).isEqualTo(TextAnalyser.UNDETERMINED);
        assertThat(analyser.detectLanguage(List.of("Awwweesssooomee"))).isEqualTo(TextAnalyser.UNDETERMINED);
    }

    /** Swaps the two middle letters of every word of five letters or more: "Password" becomes "Paswsord". */
    static String withTypos(String subject) {
        StringBuilder out = new StringBuilder();
        for (String word : subject.split(" ", -1)) {
            if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                char[] c = word.toCharArray();
                int middle = c.length / 2;
                char swapped = c[middle];
                c[middle] = c[middle - 1];
                c[middle - 1] = swapped;
                word = new String(c);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }

    private Tally tally(List<String> subjects, String language) {
        Tally tally = new Tally(subjects.size());
        for (String subject : subjects) {
            String detected = analyser.detectLanguage(List.of(subject));
            if (detected.equals(language)) {
                tally.right++;
            } else if (!detected.equals(TextAnalyser.UNDETERMINED)) {
                tally.wrong.add(subject);
            }
        }
        return tally;
    }

    private static List<String> subjects(String file) throws IOException {
        return Files.readAllLines(SUBJECTS.resolve(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }

    private static final class Tally {
        final int total;
        final List<String> wrong = new ArrayList<>();
        int right;

        Tally(int total) {
            this.total = total;
        }

        double accuracy() {
            return right / (double) total;
        }
    }
}
