package dev.clientele.adapter.text.internal;

import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.playbooks.api.Token.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Tells Polish from English, or says that the texts do not tell. Each word adds evidence, in
 * natural-log odds of Polish over English:
 *
 * <ul>
 *   <li>letters English lacks: ą ć ę ł ń ś ź ż, and more weakly ó, which other languages share;</li>
 *   <li>frequent words of one language ("the", "and", "nie", "się"), which outweigh the rare
 *       homographs a dictionary of the other language may hold;</li>
 *   <li>which dictionaries know the word: the Polish one (Morfologik, also with diacritics
 *       restored when the text has none) or the English one (SCOWL stems); a word both know
 *       ("internet", "portal", "status"), a word of chat both write ("ok", "lol") and an acronym
 *       ("VAT", "PIN") are no evidence;</li>
 *   <li>for a word neither knows (a typo, a name), how Polish or English its spelling looks, from
 *       the character profiles: weak and bounded below the decision margin.</li>
 * </ul>
 *
 * <p>The evidence of one word is bounded, the words' evidence adds up over all the texts, and a
 * language is named only when the sum reaches the decision margin; below it the answer is
 * {@link TextAnalyser#UNDETERMINED}, so an empty text, numbers, emoji or one word both languages use never
 * decide. The weights are in the resource {@code language/evidence.properties}.
 */
public final class LanguageGuess {

    /** Words of up to this many capitals, and nothing else, are acronyms. */
    private static final int MAX_ACRONYM = 4;
    private static final String FOLDER = "/dev/clientele/adapter/text/internal/language/";

    private final PolishLemmas polish;
    private final Profiles profiles = Profiles.SHARED;
    private final Weights weights = Weights.SHARED;

    /** A guess that asks the analyser's Polish dictionary; the profiles and weights are loaded once for all. */
    public LanguageGuess(PolishLemmas polish) {
        this.polish = polish;
    }

    /** {@code pl}, {@code en}, or {@link TextAnalyser#UNDETERMINED} when the texts taken together do not reach the margin. */
    public String guess(List<String> texts) {
        double evidence = evidence(texts);
        if (evidence >= weights.margin) {
            return "pl";
        }
        return evidence <= -weights.margin ? "en" : TextAnalyser.UNDETERMINED;
    }

    /** The summed evidence of the texts, in log odds of Polish over English. */
    private double evidence(List<String> texts) {
        double sum = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            boolean noDiacritics = !Folding.hasPolishDiacritics(text);
            List<String> words = new ArrayList<>();
            boolean allCapitals = true;
            boolean longWord = false;
            for (Piece p : Tokeniser.split(text)) {
                if (p.kind() == Kind.WORD) {
                    String word = text.substring(p.start(), p.end());
                    words.add(word);
                    allCapitals = allCapitals && !hasLowerCase(word);
                    longWord = longWord || word.length() > MAX_ACRONYM;
                }
            }
            // "NIE DZIALA", "BEST AIRLINE EVER" are shouted; "VAT" or "PIN SMS" alone are acronyms.
            boolean shouted = allCapitals && longWord;
            for (String word : words) {
                sum += wordEvidence(word, noDiacritics, shouted);
            }
        }
        return sum;
    }

    /**
     * The evidence of one word as written, bounded by the word limit.
     *
     * @param textHasNoDiacritics whether the word's text has no Polish letters at all, so they were skipped in typing
     * @param shouted             whether every word of its text is written in capitals, so capitals mark no acronym
     */
    private double wordEvidence(String word, boolean textHasNoDiacritics, boolean shouted) {
        String letters = CharacterProfile.letters(word);
        if (letters.length() < 2) {
            // "a", "i", "w", "z", "o": one-letter words are too common in both, or too rare in one, to count.
            return 0;
        }
        String folded = Folding.fold(word);
        double e = letters(word);
        if (profiles.sharedWords.contains(folded)) {
            return bounded(e);
        }
        if (profiles.englishFunctionWords.contains(folded)) {
            return bounded(e - weights.functionWord);
        }
        if (profiles.polishFunctionWords.contains(folded)) {
            return bounded(e + weights.functionWord);
        }
        if (!shouted && isAcronym(word)) {
            // VAT, PIN, SMS, VPN: both languages write them, whatever a dictionary says of the lower-case word.
            return bounded(e);
        }
        boolean englishKnows = profiles.english.knows(folded);
        boolean polishKnows = polish.knows(word);
        if (polishKnows && !englishKnows) {
            e += weights.dictionary;
        } else if (englishKnows && !polishKnows) {
            e -= weights.dictionary;
        } else if (!englishKnows) {
            if (textHasNoDiacritics && polish.knowsPerhapsWithoutDiacritics(word)) {
                // "zalogowac", "hasla": Polish typed without its letters.
                e += weights.restoredDictionary;
            } else {
                // A typo, a name or a rare word: only its spelling says anything. A word both dictionaries
                // know ("internet", "portal") gets none, as its spelling tells where it came from, not
                // which language borrowed it.
                double spelling = profiles.polishSpelling.logProbability(letters) - profiles.englishSpelling.logProbability(letters);
                e += Math.max(-weights.spellingLimit, Math.min(weights.spellingLimit, weights.spellingScale * spelling));
            }
        }
        return bounded(e);
    }

    private static boolean hasLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String word) {
        if (word.length() > MAX_ACRONYM) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private double bounded(double evidence) {
        return Math.max(-weights.wordLimit, Math.min(weights.wordLimit, evidence));
    }

    private double letters(String word) {
        boolean polishLetters = false;
        boolean accent = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ó' || c == 'Ó') {
                accent = true;
            } else if (Folding.isPolishDiacritic(c)) {
                polishLetters = true;
            }
        }
        return polishLetters ? weights.polishLetter : accent ? weights.sharedAccent : 0;
    }

    /** The word lists and character profiles, read once from the resources. */
    private static final class Profiles {
        static final Profiles SHARED = new Profiles();

        final EnglishLexicon english = EnglishLexicon.load(FOLDER + "en.stems", new EnglishStems());
        final CharacterProfile polishSpelling = CharacterProfile.load(FOLDER + "pl.trigrams");
        final CharacterProfile englishSpelling = CharacterProfile.load(FOLDER + "en.trigrams");
        final Set<String> polishFunctionWords = foldedWords(FOLDER + "pl.function-words");
        final Set<String> englishFunctionWords = foldedWords(FOLDER + "en.function-words");
        final Set<String> sharedWords = foldedWords(FOLDER + "shared.words");

        private static Set<String> foldedWords(String resource) {
            Set<String> words = new HashSet<>();
            try (InputStream in = LanguageGuess.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        words.add(Folding.fold(word));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            return Set.copyOf(words);
        }
    }

    /** The weights of {@code language/evidence.properties}. */
    private static final class Weights {
        static final Weights SHARED = new Weights(read(FOLDER + "evidence.properties"));

        final double polishLetter;
        final double sharedAccent;
        final double functionWord;
        final double dictionary;
        final double restoredDictionary;
        final double spellingScale;
        final double spellingLimit;
        final double wordLimit;
        final double margin;

        private Weights(Properties p) {
            polishLetter = weight(p, "polish.letter");
            sharedAccent = weight(p, "shared.accent");
            functionWord = weight(p, "function-word");
            dictionary = weight(p, "dictionary.one");
            restoredDictionary = weight(p, "dictionary.polish-restored");
            spellingScale = weight(p, "spelling.scale");
            spellingLimit = weight(p, "spelling.limit");
            wordLimit = weight(p, "word.limit");
            margin = weight(p, "decision.margin");
            if (spellingLimit >= margin) {
                throw new IllegalStateException("language/evidence.properties: spelling.limit must stay below decision.margin, "
                        + "so that one unknown word never decides");
            }
        }

        private static Properties read(String resource) {
            try (InputStream in = LanguageGuess.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                Properties p = new Properties();
                p.load(in);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }

        private static double weight(Properties weights, String key) {
            String value = weights.getProperty(key);
            if (value == null) {
                throw new IllegalStateException("language/evidence.properties: missing " + key);
            }
            try {
                return Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("language/evidence.properties: " + key + " must be a number, got " + value, e);
            }
        }
    }
}
