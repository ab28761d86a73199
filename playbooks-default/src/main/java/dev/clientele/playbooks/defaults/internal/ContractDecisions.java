package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a customer asks for a decision that binds the contract: an action that ends, signs,
 * renews, upgrades or downgrades it, or a change of what was bought, together with a contract
 * object ("contract", "subscription", "umowa", "pakiet") in the same clause, matched by the lemmas
 * of the host's analysis, so any inflection and, for actions, any word order counts. Not when the
 * clause only considers it ("if we cancel the contract"), asks how it works ("what is the fee
 * for terminating the agreement?"), withdraws it ("I don't want to cancel", though "I can't
 * cancel online" still asks), tells what someone else did or wants ("my neighbour cancelled his
 * contract"), tells what already happened ("I cancelled my subscription last month"), or has the
 * contract change by itself ("my contract ends in May").
 *
 * <p>The words are in the resources {@code contract/en.words} and {@code contract/pl.words}, one
 * section per role; each entry is analysed with the host's analyser, as written and without
 * diacritics. Immutable once compiled; thread-safe.
 */
public final class ContractDecisions {

    /** How many words may separate an action from its object within a clause. */
    static final int MAX_DISTANCE = 6;

    private static final String FOLDER = "/dev/clientele/playbooks/defaults/internal/contract/";

    /** The sections of a word file, each a role a word plays in a request. */
    enum Section {
        ACTIONS("actions"), ACTION_NOUNS("action-nouns"), CHANGES("changes"), PAST_ENDINGS("past-endings"),
        REFLEXIVE("reflexive"), CLAUSE_BREAKS("clause-breaks"), PLANS("plans"), ACCOUNTS("accounts"),
        VOLITION("volition"), ABILITY("ability"), CONDITIONS("conditions"), INQUIRIES("inquiries"),
        THIRD_PARTIES("third-parties"), FIRST_PERSON("first-person"), DETERMINERS("determiners");

        private final String section;

        Section(String section) {
            this.section = section;
        }
    }

    private final Map<String, Words> byLanguage;

    private ContractDecisions(Map<String, Words> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Compiles the word files of both languages with the context's analyser, on the calling thread. */
    public static ContractDecisions compile(PlaybookContext context) {
        Map<String, Words> byLanguage = new HashMap<>();
        for (String language : Lexicons.LANGUAGES) {
            byLanguage.put(language, Words.compile(read(language), language, context));
        }
        return new ContractDecisions(Map.copyOf(byLanguage));
    }

    /** Whether the turn asks for a contract decision, by the word lists of its language (English when unknown). */
    public boolean asked(TurnView turn) {
        Words words = byLanguage.getOrDefault(turn.analysis().language(), byLanguage.get(Lexicon.EN));
        return new Reading(turn, words).asks();
    }

    /**
     * Whether a request cue found at token {@code tokenIndex} of the turn (a price, a discount,
     * licences, invoice details: {@code Signal.CONTRACT_CHANGE}) still asks once the same exclusions
     * apply to it and to its clause: the clause has an action or change that is not excluded, or,
     * having none, a request word ("we need more licences", not "when does the licence expire?").
     */
    public boolean stands(TurnView turn, int tokenIndex) {
        Words words = byLanguage.getOrDefault(turn.analysis().language(), byLanguage.get(Lexicon.EN));
        Reading reading = new Reading(turn, words);
        int p = reading.position(turn.analysis().tokens().get(tokenIndex));
        return p >= 0 && reading.cueStands(p);
    }

    /** The sections of a word file: per role, its entries as written. */
    static Map<Section, List<String>> read(String language) {
        String resource = FOLDER + language + ".words";
        Map<String, Section> bySection = new HashMap<>();
        for (Section r : Section.values()) {
            bySection.put(r.section, r);
        }
        Map<Section, List<String>> sections = new EnumMap<>(Section.class);
        for (Section r : Section.values()) {
            sections.put(r, new ArrayList<>());
        }
        try (InputStream in = ContractDecisions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Section current = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = bySection.get(entry.substring(1, entry.length() - 1));
                    if (current == null) {
                        throw new IllegalStateException(resource + ":" + number + ": unknown section " + entry);
                    }
                } else if (current == null) {
                    throw new IllegalStateException(resource + ":" + number + ": an entry before any [section]");
                } else {
                    sections.get(current).add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return sections;
    }

    /** One language's words, compiled into the keys its tokens carry. */
    private static final class Words {
        /** Per role, the entries: per word of an entry, the keys that match it. */
        private final Map<Section, List<String[][]>> phrases;
        private final List<String> pastEndings;

        private Words(Map<Section, List<String[][]>> phrases, List<String> pastEndings) {
            this.phrases = phrases;
            this.pastEndings = pastEndings;
        }

        static Words compile(Map<Section, List<String>> sections, String language, PlaybookContext context) {
            Map<Section, List<String[][]>> phrases = new EnumMap<>(Section.class);
            for (Map.Entry<Section, List<String>> section : sections.entrySet()) {
                List<String[][]> compiled = new ArrayList<>();
                if (section.getKey() != Section.PAST_ENDINGS) {
                    for (String entry : section.getValue()) {
                        for (String variant : new LinkedHashSet<>(List.of(entry, PhraseIndex.stripDiacritics(entry)))) {
                            String[][] keys = keys(context.analyse(variant, language));
                            if (keys.length > 0) {
                                compiled.add(keys);
                            }
                        }
                    }
                }
                phrases.put(section.getKey(), List.copyOf(compiled));
            }
            // A gerund may share its lemma with its verb ("podpisanie" with "podpisać"): such a noun is told by its form only.
            Set<String> verbKeys = new HashSet<>();
            for (Section verbs : List.of(Section.ACTIONS, Section.CHANGES)) {
                for (String[][] phrase : phrases.get(verbs)) {
                    if (phrase.length == 1 && !isNounEntry(phrase[0], sections.get(Section.ACTION_NOUNS))) {
                        verbKeys.addAll(List.of(phrase[0]));
                    }
                }
            }
            List<String[][]> nouns = new ArrayList<>();
            for (String[][] phrase : phrases.get(Section.ACTION_NOUNS)) {
                String[][] kept = new String[phrase.length][];
                for (int k = 0; k < phrase.length; k++) {
                    String folded = phrase[k][phrase[k].length - 1];
                    kept[k] = Arrays.stream(phrase[k]).filter(key -> key.equals(folded) || !verbKeys.contains(key)).toArray(String[]::new);
                }
                nouns.add(kept);
            }
            phrases.put(Section.ACTION_NOUNS, List.copyOf(nouns));
            List<String> endings = sections.get(Section.PAST_ENDINGS).stream()
                    .map(e -> PhraseIndex.stripDiacritics(e).toLowerCase(Locale.ROOT)).toList();
            return new Words(phrases, endings);
        }

        /** Whether a compiled one-word entry is the compiled form of one of the written nouns. */
        private static boolean isNounEntry(String[] keys, List<String> nouns) {
            String folded = keys[keys.length - 1];
            for (String noun : nouns) {
                if (PhraseIndex.stripDiacritics(noun).toLowerCase(Locale.ROOT).equals(folded)) {
                    return true;
                }
            }
            return false;
        }

        private static String[][] keys(AnalysedText analysed) {
            List<String[]> words = new ArrayList<>();
            for (Token t : analysed.tokens()) {
                if (t.isWord()) {
                    words.add(t.lemma().equals(t.folded()) ? new String[] {t.folded()} : new String[] {t.lemma(), t.folded()});
                }
            }
            return words.toArray(String[][]::new);
        }

        /** How many words of the text, from word position {@code at}, an entry of the role covers; 0 for none. */
        int match(Section role, List<Token> words, int at) {
            int longest = 0;
            for (String[][] phrase : phrases.get(role)) {
                if (phrase.length > longest && at + phrase.length <= words.size() && matches(phrase, words, at)) {
                    longest = phrase.length;
                }
            }
            return longest;
        }

        private static boolean matches(String[][] phrase, List<Token> words, int at) {
            for (int k = 0; k < phrase.length; k++) {
                Token t = words.get(at + k);
                boolean any = false;
                for (String key : phrase[k]) {
                    any = any || key.equals(t.lemma()) || key.equals(t.folded());
                }
                if (!any) {
                    return false;
                }
            }
            return true;
        }

        boolean isPastForm(Token t) {
            for (String ending : pastEndings) {
                if (t.folded().endsWith(ending) && t.folded().length() > ending.length() + 2) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One text read for a request: its unquoted words, split into clauses and comma segments. */
    private static final class Reading {
        private final Words words;
        private final List<Token> tokens = new ArrayList<>();
        /** Per word: where its clause and its comma segment start and end (exclusive), and whether its clause is a question. */
        private final List<Integer> clauseStart = new ArrayList<>();
        private final List<Integer> clauseEnd = new ArrayList<>();
        private final List<Integer> segmentStart = new ArrayList<>();
        private final List<Integer> segmentEnd = new ArrayList<>();
        private final List<Boolean> question = new ArrayList<>();

        Reading(TurnView turn, Words words) {
            this.words = words;
            List<Token> all = turn.analysis().tokens();
            String text = turn.text();
            int clause = 0;
            int segment = 0;
            for (int i = 0; i < all.size(); i++) {
                Token t = all.get(i);
                if (i > 0 && lineBreakBetween(text, all.get(i - 1), t)) {
                    closeClause(clause, false);
                    clause = tokens.size();
                    segment = tokens.size();
                }
                if (t.kind() == Token.Kind.PUNCTUATION) {
                    String mark = t.text();
                    if (mark.indexOf('.') >= 0 || mark.indexOf('!') >= 0 || mark.indexOf('?') >= 0 || mark.indexOf(';') >= 0) {
                        closeClause(clause, mark.indexOf('?') >= 0);
                        clause = tokens.size();
                        segment = tokens.size();
                    } else if (mark.indexOf(',') >= 0 || mark.indexOf(':') >= 0) {
                        closeSegment(segment);
                        segment = tokens.size();
                    }
                    continue;
                }
                if (!t.isWord() || t.quoted()) {
                    continue;
                }
                if (words.match(Section.CLAUSE_BREAKS, List.of(t), 0) > 0) {
                    closeClause(clause, false);
                    clause = tokens.size();
                    segment = tokens.size();
                    continue;
                }
                tokens.add(t);
                clauseStart.add(clause);
                segmentStart.add(segment);
                clauseEnd.add(-1);
                segmentEnd.add(-1);
                question.add(false);
            }
            closeClause(clause, false);
        }

        private static boolean lineBreakBetween(String text, Token previous, Token next) {
            for (int c = Math.min(previous.end(), text.length()); c < Math.min(next.start(), text.length()); c++) {
                if (text.charAt(c) == '\n') {
                    return true;
                }
            }
            return false;
        }

        private void closeClause(int from, boolean isQuestion) {
            for (int w = from; w < tokens.size(); w++) {
                if (clauseEnd.get(w) < 0) {
                    clauseEnd.set(w, tokens.size());
                    question.set(w, isQuestion);
                }
            }
            closeSegment(from);
        }

        private void closeSegment(int from) {
            for (int w = from; w < tokens.size(); w++) {
                if (segmentEnd.get(w) < 0) {
                    segmentEnd.set(w, tokens.size());
                }
            }
        }

        boolean asks() {
            for (int p = 0; p < tokens.size(); p++) {
                boolean action = words.match(Section.ACTIONS, tokens, p) > 0;
                boolean change = !action && words.match(Section.CHANGES, tokens, p) > 0;
                if (action || change) {
                    int object = objectFor(p, action);
                    if (object >= 0 && !excluded(p, object)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean cueStands(int p) {
            if (excluded(p, -1)) {
                return false;
            }
            boolean anyAction = false;
            for (int w = clauseStart.get(p); w < clauseEnd.get(p); w++) {
                if (words.match(Section.ACTIONS, tokens, w) > 0 || words.match(Section.CHANGES, tokens, w) > 0) {
                    anyAction = true;
                    if (!excluded(w, -1)) {
                        return true;
                    }
                }
            }
            return !anyAction && any(Section.VOLITION, clauseStart.get(p), clauseEnd.get(p));
        }

        /** The word position of a token of the text, or -1 for a token that is no unquoted word. */
        int position(Token token) {
            for (int w = 0; w < tokens.size(); w++) {
                if (tokens.get(w) == token) {
                    return w;
                }
            }
            return -1;
        }

        /** The nearest contract object the action or change at {@code p} takes in its clause, or -1. */
        private int objectFor(int p, boolean action) {
            int best = -1;
            for (int o = Math.max(clauseStart.get(p), p - MAX_DISTANCE); o < Math.min(clauseEnd.get(p), p + MAX_DISTANCE + 1); o++) {
                if (o == p || (!action && o < p)) {
                    // A change takes what follows it: "will my plan change" asks nothing.
                    continue;
                }
                boolean object = words.match(Section.PLANS, tokens, o) > 0 || (action && words.match(Section.ACCOUNTS, tokens, o) > 0);
                if (object && (best < 0 || Math.abs(o - p) < Math.abs(best - p))) {
                    best = o;
                }
            }
            return best;
        }

        /** Whether the request at word {@code p}, with its object at {@code object} (-1 for none), is excluded. */
        boolean excluded(int p, int object) {
            int from = clauseStart.get(p);
            if (any(Section.CONDITIONS, segmentStart.get(p), segmentEnd.get(p))) {
                return true;
            }
            if (question.get(p) && any(Section.INQUIRIES, segmentStart.get(p), segmentEnd.get(p))) {
                return true;
            }
            boolean asked = any(Section.VOLITION, from, p);
            if (withdrawn(p) || bySomeoneElse(p, object) || reflexive(p)) {
                return true;
            }
            if (!isNoun(p) && words.isPastForm(tokens.get(p)) && !asked) {
                return true;
            }
            if (object >= 0 && object < p && !asked) {
                // "My contract ends in May", "the account was closed": the contract does it, nobody asks.
                return true;
            }
            return isNoun(p) && !asked && p != from;
        }

        /**
         * The action is negated, or the last wish before it in its clause is ("I don't want to cancel";
         * not "we no longer need it, please cancel"), and no ability is in question ("I can't cancel").
         */
        private boolean withdrawn(int p) {
            boolean negated = tokens.get(p).negated();
            boolean wishWithdrawn = false;
            for (int w = clauseStart.get(p); w < p; w++) {
                if (words.match(Section.VOLITION, tokens, w) > 0) {
                    wishWithdrawn = tokens.get(w).negated();
                }
            }
            return (negated || wishWithdrawn) && !any(Section.ABILITY, clauseStart.get(p), p);
        }

        /** A third party before the action with no first person after it, or owning the object ("his contract"). */
        private boolean bySomeoneElse(int p, int object) {
            if (object > 0 && words.match(Section.THIRD_PARTIES, tokens, object - 1) > 0) {
                return true;
            }
            boolean someoneElse = false;
            for (int w = clauseStart.get(p); w < p; w++) {
                if (words.match(Section.THIRD_PARTIES, tokens, w) > 0) {
                    someoneElse = true;
                } else if (words.match(Section.FIRST_PERSON, tokens, w) > 0) {
                    someoneElse = false;
                }
            }
            return someoneElse;
        }

        /** "kończy się umowa": the word right after the action makes the contract its subject ("nie da się anulować" does not). */
        private boolean reflexive(int p) {
            return p + 1 < clauseEnd.get(p) && words.match(Section.REFLEXIVE, tokens, p + 1) > 0;
        }

        private boolean isNoun(int p) {
            return words.match(Section.ACTION_NOUNS, tokens, p) > 0
                    || (p > clauseStart.get(p) && words.match(Section.DETERMINERS, tokens, p - 1) > 0);
        }

        private boolean any(Section role, int from, int to) {
            for (int w = from; w < to; w++) {
                if (words.match(role, tokens, w) > 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
