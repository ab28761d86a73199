package dev.clientele.benchmarks.drools;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.defaults.RecognitionPlaybook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The peer's word lists: the built-in playbooks' own cue files ({@code cues-<language>.tsv} in their
 * module's {@value #FOLDER}, which that module opens), read as a table of rows the way a vendor
 * keeps a decision table, and compiled into the same lemmas the host's analyser gives the turns.
 */
final class CueTable {

    /** Where the built-in playbooks keep their word lists, inside their module. */
    static final String FOLDER = "/dev/clientele/playbooks/defaults/lexicon/";

    /** One row of the table. */
    record Row(int order, String signal, double weight, String language, String phrase) {
        Row {
            Objects.requireNonNull(signal, "signal");
            Objects.requireNonNull(language, "language");
            if (phrase == null || phrase.isBlank()) {
                throw new IllegalArgumentException("cue phrase must not be blank");
            }
        }
    }

    /**
     * A row compiled for matching: per word the keys that match it and whether it must be negated
     * (unless {@code anyNegation}). Lists are immutable.
     */
    record Compiled(Row row, List<List<String>> keys, List<Boolean> negated, boolean anyNegation) {
        Compiled {
            keys = keys.stream().map(List::copyOf).toList();
            negated = List.copyOf(negated);
        }

        String signature() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                sb.append(String.join("|", keys.get(i))).append(negated.get(i) ? "!" : "").append(' ');
            }
            return sb.toString();
        }
    }

    private CueTable() {
    }

    /** The rows of every language of the built-in playbooks, each language's in its file's order. */
    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String language : new TreeSet<>(new RecognitionPlaybook().descriptor().languages())) {
            String name = "cues-" + language + ".tsv";
            try (InputStream in = RecognitionPlaybook.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException(name + ": missing from the built-in playbooks' module, " + FOLDER);
                }
                List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
                rows.addAll(parse(name, language, rows.size(), lines));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Parses tab-separated lines {@code signal weight phrase} of one language, numbering rows from
     * {@code firstOrder}; blank lines and {@code #} comments are skipped.
     */
    static List<Row> parse(String name, String language, int firstOrder, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException(name + " line " + lineNumber + ": expected 3 tab-separated cells, got "
                        + cells.length);
            }
            rows.add(new Row(firstOrder + rows.size(), cells[0], Double.parseDouble(cells[1]), language, cells[2]));
        }
        return rows;
    }

    /**
     * Compiles rows as the built-in playbooks do: each phrase as written and once without
     * diacritics, keeping the distinct results. A leading {@code ~} matches whatever the negation;
     * a leading {@code =} (after it) matches written forms only, not lemmas.
     */
    static List<Compiled> compile(List<Row> rows, BiFunction<String, String, AnalysedText> analyse) {
        List<Compiled> compiled = new ArrayList<>();
        for (Row row : rows) {
            String phrase = row.phrase();
            boolean anyNegation = phrase.startsWith("~");
            phrase = anyNegation ? phrase.substring(1) : phrase;
            boolean formsOnly = phrase.startsWith("=");
            phrase = formsOnly ? phrase.substring(1) : phrase;
            Set<String> variants = new LinkedHashSet<>(List.of(phrase, stripDiacritics(phrase)));
            Set<String> seen = new LinkedHashSet<>();
            for (String variant : variants) {
                Compiled c = compileOne(row, analyse.apply(variant, row.language()), formsOnly, anyNegation);
                if (c != null && seen.add(c.signature())) {
                    compiled.add(c);
                }
            }
        }
        return List.copyOf(compiled);
    }

    private static Compiled compileOne(Row row, AnalysedText analysed, boolean formsOnly, boolean anyNegation) {
        List<List<String>> keys = new ArrayList<>();
        List<Boolean> negated = new ArrayList<>();
        for (Token t : analysed.tokens()) {
            if (matchable(t)) {
                keys.add(formsOnly || t.lemma().equals(t.folded()) ? List.of(t.folded()) : List.of(t.lemma(), t.folded()));
                negated.add(t.negated());
            }
        }
        return keys.isEmpty() ? null : new Compiled(row, keys, negated, anyNegation);
    }

    static boolean matchable(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.HASHTAG;
    }

    static String stripDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // Polish ł has no decomposition.
            sb.append(c == 'ł' ? 'l' : c == 'Ł' ? 'L' : c);
        }
        return sb.toString();
    }
}
