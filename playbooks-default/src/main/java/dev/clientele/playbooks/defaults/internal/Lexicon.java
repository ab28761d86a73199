package dev.clientele.playbooks.defaults.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The default word lists, Polish and English, read from {@code cues-<language>.tsv} in the
 * word-list folder ({@link LexiconFile#FOLDER}); the files say how to write a cue, and
 * {@code docs/patterns.md} how the weights combine.
 */
final class Lexicon {

    static final String PL = "pl";
    static final String EN = "en";

    private Lexicon() {
    }

    /**
     * All cues, each language's in its file's order.
     *
     * @throws IllegalStateException when a file is missing or malformed, naming the file and line
     */
    static List<Cue> all() {
        List<Cue> cues = new ArrayList<>(read(PL));
        cues.addAll(read(EN));
        return List.copyOf(cues);
    }

    /**
     * The cues of one language from {@code cues-<language>.tsv} in the word-list folder, in file order.
     *
     * @throws IllegalStateException when the file is missing or malformed, naming the file and line
     */
    static List<Cue> read(String language) {
        String name = "cues-" + language + ".tsv";
        return parse(name, language, LexiconFile.lines(name));
    }

    /**
     * Reads cue lines {@code SIGNAL<TAB>weight<TAB>phrase}, skipping blank lines and {@code #} comments.
     *
     * @throws IllegalStateException at the first malformed line, naming the file, the line and the cell
     */
    static List<Cue> parse(String name, String language, List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (i + 1) + ": ";
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(where + "expected 3 tab-separated cells (SIGNAL, weight, phrase), got "
                        + cells.length);
            }
            cues.add(new Cue(signal(where, cells[0]), weight(where, cells[1]), language, phrase(where, cells[2])));
        }
        return List.copyOf(cues);
    }

    private static Signal signal(String where, String cell) {
        try {
            return Signal.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "signal must be a name of Signal in capitals, got \"" + cell + "\"");
        }
    }

    private static double weight(String where, String cell) {
        if (!cell.matches("[01](\\.[0-9]+)?") || !(Double.parseDouble(cell) > 0 && Double.parseDouble(cell) <= 1)) {
            throw new IllegalStateException(where + "weight must be a decimal number in (0, 1] such as 0.45, got \"" + cell + "\"");
        }
        return Double.parseDouble(cell);
    }

    private static String phrase(String where, String cell) {
        // A space at either end is invisible in an editor and would never match as the author meant.
        String words = cell.replaceFirst("^~?=?", "");
        if (words.isBlank() || !cell.equals(cell.strip()) || !words.equals(words.strip())) {
            throw new IllegalStateException(where + "phrase must hold words, with no space at either end or after ~ or =, got \""
                    + cell + "\"");
        }
        return cell;
    }
}
