package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Swearing and insults from the licensed lists of {@link LicensedLexicon} (see {@code NOTICE}). A token counts when
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
        for (LicensedLexicon list : LicensedLexicon.values()) {
            words.add(list.entries(), "pl".equals(list.language()));
        }
        return words;
    }

    private void add(Set<String> entries, boolean inflected) {
        for (String entry : entries) {
            String word = PhraseIndex.stripDiacritics(entry);
            // Multi-word entries are left out: a single word decides nothing here, a phrase even less.
            if (word.contains(" ")) {
                continue;
            }
            if (exact.add(word)) {
                all.add(word);
            }
            if (inflected && word.length() >= MIN_STEM) {
                stems.add(word);
            }
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
