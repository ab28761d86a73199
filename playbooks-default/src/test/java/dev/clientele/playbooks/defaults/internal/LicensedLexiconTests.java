package dev.clientele.playbooks.defaults.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Third-party word lists ship unchanged, each with its attribution, and read as clean sets of entries. */
class LicensedLexiconTests {

    @Test
    void entriesAreLowerCasedTrimmedAndCountedOnceWithoutBlanksOrComments() {
        Set<String> entries = LicensedLexicon.entries(List.of("# a comment", "  Kurwa ", "kurwa", "", "   ", "Ass Monkey",
                "ŻUL", "\tdo kurwy nędzy"));

        assertThat(entries).containsExactly("kurwa", "ass monkey", "żul", "do kurwy nędzy");
    }

    @Test
    void eachShippedListIsThePackagesListLineForLine() {
        // Entries as the packages have them, duplicates and capitals included (bad-words has both).
        assertThat(LexiconFile.lines(LicensedLexicon.NAUGHTY_WORDS_EN.file())).hasSize(403);
        assertThat(LexiconFile.lines(LicensedLexicon.NAUGHTY_WORDS_PL.file())).hasSize(54).contains("do kurwy nędzy");
        assertThat(LexiconFile.lines(LicensedLexicon.BAD_WORDS_EN.file())).hasSize(446).contains("Ass Monkey");
    }

    @Test
    void readingAShippedListGivesItsDistinctLowerCaseEntries() {
        assertThat(LicensedLexicon.NAUGHTY_WORDS_EN.entries()).hasSize(403);
        assertThat(LicensedLexicon.NAUGHTY_WORDS_PL.entries()).hasSize(54).contains("kurwa", "do kurwy nędzy");
        assertThat(LicensedLexicon.BAD_WORDS_EN.entries()).hasSize(424).contains("ass monkey").doesNotContain("Ass Monkey");
        for (LicensedLexicon list : LicensedLexicon.values()) {
            assertThat(list.entries()).as(list.file())
                    .allMatch(e -> !e.isBlank() && e.equals(e.strip()) && e.equals(e.toLowerCase(java.util.Locale.ROOT)));
            assertThat(Lexicons.LANGUAGES).contains(list.language());
        }
    }

    @Test
    void everyListIsAttributedInTheReadmeBesideIt() {
        String readme = String.join("\n", LexiconFile.lines("README.md"));
        for (LicensedLexicon list : LicensedLexicon.values()) {
            assertThat(readme).as(list.file()).contains("`" + list.file() + "`");
        }
        assertThat(readme).contains("CC BY 4.0", "MIT", "https://github.com/LDNOOBW/List-of-Dirty-Naughty-Obscene-and-Otherwise-Bad-Words");
        assertThat(LexiconFile.lines("bad-words-LICENSE.txt")).contains("Copyright (c) 2015 Michael Price");
    }
}
