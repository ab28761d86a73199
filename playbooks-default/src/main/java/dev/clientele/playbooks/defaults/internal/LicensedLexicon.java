package dev.clientele.playbooks.defaults.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word list under a third party's licence, shipped unchanged in the word-list folder with its
 * attribution (the {@code README.md} there and {@code NOTICE} at the repository root). The
 * recognition model counts their words as one feature ({@link SwearWords}); no rule uses them.
 */
enum LicensedLexicon {

    /** LDNOOBW's English list from npm {@code naughty-words} 1.2.0; CC BY 4.0. */
    NAUGHTY_WORDS_EN("naughty-words-en.txt", "en"),
    /** LDNOOBW's Polish list from npm {@code naughty-words} 1.2.0; CC BY 4.0. */
    NAUGHTY_WORDS_PL("naughty-words-pl.txt", "pl"),
    /** The English list of npm {@code bad-words} 4.1.5; MIT. */
    BAD_WORDS_EN("bad-words-en.txt", "en");

    private final String file;
    private final String language;

    LicensedLexicon(String file, String language) {
        this.file = file;
        this.language = language;
    }

    /** The file's name in the word-list folder. */
    String file() {
        return file;
    }

    /** {@code pl} or {@code en}. */
    String language() {
        return language;
    }

    /**
     * The entries, read now: lower-cased, trimmed, each once, in file order.
     *
     * @throws IllegalStateException when the file is missing or a line is not valid UTF-8, naming file and line
     */
    Set<String> entries() {
        return entries(LexiconFile.lines(file));
    }

    /** The entries of {@code lines}: lower-cased, trimmed, each once, in order; blank lines and {@code #} comments skipped. */
    static Set<String> entries(List<String> lines) {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : lines) {
            String entry = line.strip().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return Collections.unmodifiableSet(entries);
    }
}
