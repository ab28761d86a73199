package dev.clientele.adapter.text.internal;

import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the language profiles the analyser ships, from word lists we may redistribute (see
 * NOTICE): the English words of SCOWL up to size 50 and its computing words (the Debian package
 * {@code scowl}), and the
 * Polish word forms of the Morfologik dictionary (already a dependency). No text of any data set
 * goes in. Run it with {@code mvn -B -q -pl adapters/text-analysis -am -P language-profiles
 * process-test-classes}; {@code LanguageProfileTests} checks that the committed files are what it builds.
 */
public final class LanguageProfileBuilder {

    /** Where the profiles live, as resources of the analyser. */
    public static final String RESOURCES = "dev/clientele/adapter/text/internal/language/";
    /** The SCOWL size classes taken: 10 (the commonest words) to 50 (the size of a usual spelling dictionary). */
    static final List<String> SCOWL_SIZES = List.of("10", "20", "35", "40", "50");
    static final List<String> SCOWL_LISTS = List.of("english-words", "american-words", "british-words");
    /** Computing words ("offline", "bandwidth") that a help desk hears more often than their size class says. */
    static final String SCOWL_COMPUTING = "special-hacker.50";
    /** Polish dictionary readings that are not words of running text: abbreviations, punctuation, foreign tokens. */
    private static final Set<String> SKIPPED_POLISH_TAGS = Set.of("brev", "interp", "xxx", "ign");

    private LanguageProfileBuilder() {
    }

    /**
     * Writes {@code en.trigrams}, {@code pl.trigrams} and {@code en.stems} into a folder.
     *
     * @param args the SCOWL folder (usually {@code /usr/share/dict/scowl}) and the output folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LanguageProfileBuilder SCOWL_FOLDER OUTPUT_FOLDER");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        for (Map.Entry<String, String> file : build(Path.of(args[0])).entrySet()) {
            Files.writeString(out.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The contents of each profile file, by file name. */
    static Map<String, String> build(Path scowl) throws IOException {
        List<String> english = englishWords(scowl);
        Set<String> polish = polishForms();
        Map<String, String> files = new TreeMap<>();
        files.put("en.trigrams", trigramFile(english,
                "English words of SCOWL (Kevin Atkinson; Debian package scowl), size classes " + SCOWL_SIZES
                        + " and " + SCOWL_COMPUTING + ", lower-case entries, folded to a-z, each distinct spelling counted once. Licence: see NOTICE."));
        files.put("pl.trigrams", trigramFile(polish,
                "Polish word forms of the Morfologik Polish dictionary 2.1 (PoliMorf, BSD licence; "
                        + "org.carrot2:morfologik-polish), lower-case forms that are words of running text, "
                        + "folded to a-z, each distinct spelling counted once. Licence: see NOTICE."));
        files.put("en.stems", stemFile(english));
        return files;
    }

    private static List<String> englishWords(Path scowl) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String list : SCOWL_LISTS) {
            for (String size : SCOWL_SIZES) {
                files.add(scowl.resolve(list + "." + size));
            }
        }
        files.add(scowl.resolve(SCOWL_COMPUTING));
        Set<String> words = new TreeSet<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new IOException("missing SCOWL list " + file + " (apt-get install scowl)");
            }
            for (String word : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                // Capitalised entries are names and abbreviations, not the words of running English.
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    words.add(word);
                }
            }
        }
        return new ArrayList<>(words);
    }

    private static Set<String> polishForms() {
        Set<String> forms = new HashSet<>();
        for (WordData entry : new PolishStemmer()) {
            String form = entry.getWord().toString();
            String tag = entry.getTag() == null ? "" : entry.getTag().toString();
            int colon = tag.indexOf(':');
            String kind = colon < 0 ? tag : tag.substring(0, colon);
            if (!form.isEmpty() && Character.isLowerCase(form.charAt(0)) && !SKIPPED_POLISH_TAGS.contains(kind)) {
                forms.add(form);
            }
        }
        return forms;
    }

    private static String trigramFile(Iterable<String> words, String source) {
        Set<String> spellings = new HashSet<>();
        for (String w : words) {
            String letters = CharacterProfile.letters(w);
            if (!letters.isEmpty()) {
                spellings.add(letters);
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String letters : spellings) {
            for (String t : CharacterProfile.trigrams(letters)) {
                counts.merge(t, 1L, Long::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Character trigrams of ").append(source).append('\n');
        out.append("# Built by LanguageProfileBuilder; '").append(CharacterProfile.EDGE)
                .append("' marks the start and the end of a word. trigram<TAB>count\n");
        counts.forEach((t, n) -> out.append(t).append('\t').append(n).append('\n'));
        return out.toString();
    }

    private static String stemFile(List<String> words) {
        EnglishStems stemmer = new EnglishStems();
        Set<String> stems = new TreeSet<>();
        for (String w : words) {
            String folded = Folding.fold(w);
            if (folded.endsWith("'s")) {
                // Possessives stem to their noun, which the list has on its own.
                continue;
            }
            stems.add(stemmer.stem(folded));
        }
        StringBuilder out = new StringBuilder();
        out.append("# Snowball stems of the English words of SCOWL (Kevin Atkinson; Debian package scowl), size classes ")
                .append(SCOWL_SIZES).append(" and ").append(SCOWL_COMPUTING).append(", lower-case entries. Licence: see NOTICE. Built by LanguageProfileBuilder.\n");
        stems.forEach(s -> out.append(s).append('\n'));
        return out.toString();
    }
}
