package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Swearing and insults from licensed lists (the {@code naughty-words} package, CC-BY-4.0; see
 * {@code NOTICE}), one word a line in {@code lexicon/naughty-words-LANG.txt}. A token counts when
 * its form or lemma, without diacritics, is on a list; for Polish also when it begins with a listed
 * stem of four or more letters, since Polish inflects ("chujowy", "kurwy"). Asterisks stand for any
 * letter of a listed word of the same length ("k***a", "f**king"). Immutable and thread-safe.
 */
final class SwearWords {

    private static final int MIN_STEM = 4;
    private static volatile SwearWords shared;

    private final Set<String> exact = new HashSet<>();
    private final List<String> stems = new ArrayList<>();
    private final List<String> all = new ArrayList<>();

    private SwearWords() {
    }

    /** The lists shipped with this module, read on first use. */
    static SwearWords shared() {
        SwearWords s = shared;
        if (s == null) {
            synchronized (SwearWords.class) {
                if (shared == null) {
                    shared = load();
                }
                s = shared;
            }
        }
        return s;
    }

    /** The lists of every language the default playbooks speak. */
    static SwearWords load() {
        SwearWords words = new SwearWords();
        words.read("en", false);
        words.read("pl", true);
        return words;
    }

    private void read(String language, boolean inflected) {
        String name = "/dev/clientele/playbooks/defaults/lexicon/naughty-words-" + language + ".txt";
        try (InputStream in = SwearWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = PhraseIndex.stripDiacritics(line.strip().toLowerCase(Locale.ROOT));
                // Multi-word entries are left out: a single word decides nothing here, a phrase even less.
                if (word.isEmpty() || word.startsWith("#") || word.contains(" ")) {
                    continue;
                }
                exact.add(word);
                all.add(word);
                if (inflected && word.length() >= MIN_STEM) {
                    stems.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    /** How many of the tokens, not quoted, are swearing or insults. */
    int count(List<Token> tokens) {
        int found = 0;
        for (Token t : tokens) {
            if (!t.quoted() && matches(t)) {
                found++;
            }
        }
        return found;
    }

    private boolean matches(Token t) {
        String form = PhraseIndex.stripDiacritics(t.folded());
        if (form.indexOf('*') > 0) {
            return masked(form);
        }
        if (!t.isWord()) {
            return false;
        }
        if (exact.contains(form) || exact.contains(PhraseIndex.stripDiacritics(t.lemma()))) {
            return true;
        }
        for (String stem : stems) {
            if (form.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private boolean masked(String form) {
        for (String word : all) {
            if (word.length() == form.length() && fits(form, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String masked, String word) {
        int letters = 0;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c != '*') {
                if (c != word.charAt(i)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0;
    }
}
