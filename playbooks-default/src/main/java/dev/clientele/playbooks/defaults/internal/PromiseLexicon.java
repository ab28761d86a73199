package dev.clientele.playbooks.defaults.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The word lists of the promise reader for one language, read from
 * {@code dev/clientele/playbooks/defaults/promises-<language>.txt}: named sections of phrases, some
 * with a value. A phrase is words separated by spaces; a word may list alternatives separated by
 * "|", and "..." stands for up to {@value #GAP} other words. Phrases match folded forms, so case
 * and diacritics do not matter; the written forms are kept for the verb forms where only
 * diacritics tell the person apart. Immutable; one instance per language, loaded once.
 */
final class PromiseLexicon {

    /** How many words "..." in a phrase may stand for. */
    static final int GAP = 2;

    /** Who must stand behind an action phrase for it to be a commitment. */
    enum Person {
        /** A phrase that commits only after a commitment word or a colleague's auxiliary: "I'll call you". */
        AFTER_COMMITMENT(""),
        /** The speaker's own future: "oddzwonię". */
        FIRST(", first person"),
        /** Someone else's future: a commitment when that someone is one of the company's people. */
        THIRD(", third person"),
        /** An unnamed "they" is the company: "oddzwonią do Pani z działu windykacji". */
        THIRD_PLURAL(", third person plural");

        private final String suffix;

        Person(String suffix) {
            this.suffix = suffix;
        }
    }

    /** A list of action phrases: its section, the contact it promises ({@code callback}, {@code update}, {@code send}) and who says it. */
    record Actions(String section, String contact, Person person) {
    }

    /** Every list of action phrases, the agent's own before others'. */
    static final List<Actions> ACTIONS = actions();

    private static List<Actions> actions() {
        List<Actions> lists = new ArrayList<>();
        for (String contact : List.of("callback", "update", "send")) {
            for (Person person : Person.values()) {
                lists.add(new Actions(contact + person.suffix, contact, person));
            }
        }
        return List.copyOf(lists);
    }

    /** One phrase of a section: per word its folded alternatives (null for a gap) and written ones. */
    record Phrase(String section, String[][] folded, String[][] written, String value) {
    }

    /** A phrase found at a token, the last token it covers and the value of its section line. */
    record Match(Phrase phrase, int first, int last) {

        String value() {
            return phrase.value();
        }

        /** Whether the first word was written exactly as one of the phrase's forms, diacritics included. */
        boolean writtenExactly(Words words) {
            for (String form : phrase.written()[0]) {
                if (form.equals(words.written(first))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The sections a file may have; a language leaves out those it needs no words in. */
    static final Set<String> SECTIONS = Set.of(
            "callback", "callback, first person", "callback, third person", "callback, third person plural",
            "update", "update, first person", "update, third person", "update, third person plural",
            "send", "send, first person", "send, third person", "send, third person plural",
            "commitment", "auxiliary", "auxiliary endings", "infinitive", "receiving", "receiving, imperative", "from us", "call", "news", "give me",
            "our people", "third parties", "customer", "customer, subject", "not news", "to", "determiner", "relative",
            "negation", "negation endings", "not a negation", "question", "declined", "reported", "usually", "subordinate", "contrast",
            "and", "new subject", "bridge",
            "span lead", "span lead with a number", "article", "approximately", "numbers", "number tails", "range",
            "and a half", "units", "from now", "past", "clock lead", "clock filler", "clock range lead", "clock range",
            "clock words", "am", "pm", "day lead", "days", "day parts", "weekdays", "weeks", "abbreviations");

    /** Sections whose single words also match a token's lemma ("kuriera" is "kurier"). */
    private static final Set<String> BY_LEMMA = Set.of("our people", "third parties", "customer", "not news",
            "news", "call");

    private static final Map<String, PromiseLexicon> LOADED = new ConcurrentHashMap<>();

    private final String source;
    private final Map<String, Map<String, List<Phrase>>> byFirstWord;

    private PromiseLexicon(String source, Map<String, Map<String, List<Phrase>>> byFirstWord) {
        this.source = source;
        this.byFirstWord = byFirstWord;
    }

    /** The lists of {@code language}, English for a language without its own. */
    static PromiseLexicon of(String language) {
        String lang = "pl".equals(language) ? "pl" : "en";
        return LOADED.computeIfAbsent(lang, l -> load("promises-" + l + ".txt"));
    }

    static PromiseLexicon load(String name) {
        String path = "/dev/clientele/playbooks/defaults/" + name;
        try (InputStream in = PromiseLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse(name, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads the lines of a word-list file; fails on the first bad line, naming it and the rule. */
    static PromiseLexicon parse(String name, List<String> lines) {
        Map<String, Map<String, List<Phrase>>> index = new LinkedHashMap<>();
        String section = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (n + 1);
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new IllegalArgumentException(where + ": a section is written [name]");
                }
                section = line.substring(1, line.length() - 1).strip();
                if (!SECTIONS.contains(section)) {
                    throw new IllegalArgumentException(where + ": unknown section [" + section + "]");
                }
                index.computeIfAbsent(section, s -> new HashMap<>());
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException(where + ": a phrase must follow a [section]");
            }
            String value = null;
            int equals = line.indexOf(" = ");
            if (equals >= 0) {
                value = line.substring(equals + 3).strip();
                line = line.substring(0, equals).strip();
                if (value.isEmpty() || line.isEmpty()) {
                    throw new IllegalArgumentException(where + ": a valued line is written \"phrase = value\"");
                }
            }
            checkValue(section, value, where);
            Phrase phrase = phrase(section, line, value, where);
            for (String first : phrase.folded()[0]) {
                index.get(section).computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
            }
        }
        Map<String, Map<String, List<Phrase>>> frozen = new HashMap<>();
        index.forEach((s, m) -> {
            Map<String, List<Phrase>> copy = new HashMap<>();
            m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            frozen.put(s, Map.copyOf(copy));
        });
        return new PromiseLexicon(name, Map.copyOf(frozen));
    }

    /** The sections whose lines carry a value, and the form of that value. */
    private static final Map<String, Pattern> VALUES = Map.of(
            "numbers", Pattern.compile("\\d+(\\.\\d+)?"),
            "number tails", Pattern.compile("\\d+"),
            "units", Pattern.compile("P(T\\d+[HM]|\\d+D)|working"),
            "clock words", Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?"),
            "day parts", Pattern.compile("\\d{2}:\\d{2}|end"),
            "days", Pattern.compile("\\d (\\d{2}:\\d{2}|end)"),
            "weekdays", Pattern.compile("MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"),
            "weeks", Pattern.compile("\\d"));

    private static void checkValue(String section, String value, String where) {
        Pattern form = VALUES.get(section);
        if (form == null && value != null) {
            throw new IllegalArgumentException(where + ": [" + section + "] takes no value");
        }
        if (form != null && (value == null || !form.matcher(value).matches())) {
            throw new IllegalArgumentException(where + ": [" + section + "] needs \"phrase = value\" with a value like "
                    + form.pattern());
        }
    }

    private static Phrase phrase(String section, String line, String value, String where) {
        String[] words = line.split("\\s+");
        String[][] folded = new String[words.length][];
        String[][] written = new String[words.length][];
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("...")) {
                if (i == 0 || i == words.length - 1) {
                    throw new IllegalArgumentException(where + ": \"...\" must stand between two words");
                }
                continue;
            }
            String[] alternatives = words[i].split("\\|");
            folded[i] = new String[alternatives.length];
            written[i] = new String[alternatives.length];
            for (int a = 0; a < alternatives.length; a++) {
                if (alternatives[a].isEmpty()) {
                    throw new IllegalArgumentException(where + ": an empty alternative in \"" + words[i] + "\"");
                }
                written[i][a] = alternatives[a].toLowerCase(Locale.ROOT);
                folded[i][a] = fold(alternatives[a]);
            }
        }
        return new Phrase(section, folded, written, value);
    }

    static String fold(String s) {
        return PhraseIndex.stripDiacritics(s.toLowerCase(Locale.ROOT)).replace('\u2019', '\'');
    }

    /** The file these lists came from. */
    String source() {
        return source;
    }

    /** The phrases of a section by their first word; a section the file leaves out has none. */
    private Map<String, List<Phrase>> section(String section) {
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("the promise reader has no section [" + section + "]");
        }
        return byFirstWord.getOrDefault(section, Map.of());
    }

    /** Whether a full stop after {@code folded} ends no sentence. */
    boolean isAbbreviation(String folded) {
        return section("abbreviations").containsKey(folded);
    }

    /** Whether token {@code i}, by its folded form or (in noun sections) its lemma, is a one-word phrase of {@code section}. */
    boolean has(String section, Words words, int i) {
        Map<String, List<Phrase>> phrases = section(section);
        return single(phrases.get(words.folded(i))) || BY_LEMMA.contains(section) && single(phrases.get(words.lemma(i)));
    }

    /** The one-word phrase of {@code section} that {@code folded} ends with, or null: "'ll" of "someone'll". */
    String ending(String section, String folded) {
        for (String end : section(section).keySet()) {
            if (folded.endsWith(end)) {
                return end;
            }
        }
        return null;
    }

    /** Whether the folded word {@code folded} is a one-word phrase of {@code section}. */
    boolean hasWord(String section, String folded) {
        return single(section(section).get(folded));
    }

    private static boolean single(List<Phrase> phrases) {
        if (phrases != null) {
            for (Phrase p : phrases) {
                if (p.folded().length == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest phrase of {@code section} that starts at token {@code i} and ends by {@code last}, or null. */
    Match longest(String section, Words words, int i, int last) {
        Match best = null;
        for (Match m : all(section, words, i, last)) {
            if (best == null || m.last() > best.last()) {
                best = m;
            }
        }
        return best;
    }

    /** Every phrase of {@code section} that starts at token {@code i} and ends by {@code last}. */
    List<Match> all(String section, Words words, int i, int last) {
        if (i < 0 || i > last || i >= words.size()) {
            return List.of();
        }
        Map<String, List<Phrase>> phrases = section(section);
        List<Phrase> byForm = phrases.getOrDefault(words.folded(i), List.of());
        List<Phrase> byLemma = BY_LEMMA.contains(section) ? phrases.getOrDefault(words.lemma(i), List.of()) : List.of();
        if (byForm.isEmpty() && byLemma.isEmpty()) {
            return List.of();
        }
        Set<Phrase> candidates = new HashSet<>(byForm);
        candidates.addAll(byLemma);
        List<Match> found = new ArrayList<>();
        for (Phrase p : candidates) {
            int end = end(p, words, i, 0, last, BY_LEMMA.contains(section));
            if (end >= 0) {
                found.add(new Match(p, i, end));
            }
        }
        return found;
    }

    /** The last token of {@code p} matched from word {@code k} at token {@code i}, or -1; "..." tries the shortest gap first. */
    private static int end(Phrase p, Words words, int i, int k, int last, boolean byLemma) {
        if (k == p.folded().length) {
            return i - 1;
        }
        if (i > last || i >= words.size()) {
            return -1;
        }
        if (p.folded()[k] == null) {
            for (int skip = 0; skip <= GAP; skip++) {
                if (skip > 0 && !words.isWord(i + skip - 1)) {
                    break;
                }
                int end = end(p, words, i + skip, k + 1, last, byLemma);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        for (String alternative : p.folded()[k]) {
            if (alternative.equals(words.folded(i)) || byLemma && alternative.equals(words.lemma(i))) {
                return end(p, words, i + 1, k + 1, last, byLemma);
            }
        }
        return -1;
    }
}
