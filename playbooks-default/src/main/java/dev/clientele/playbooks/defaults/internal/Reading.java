package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;

import dev.clientele.playbooks.api.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The recent turns of an interaction with their cues: the last {@link #WINDOW} turns at or before
 * {@code asOf}. Looking at a bounded window keeps the cost of assessing a long conversation about
 * that of a short one.
 */
public record Reading(InteractionView view, List<TurnReading> turns, Set<String> names, Lexicons lexicons) {

    /** How many of the most recent turns the rules look at. */
    public static final int WINDOW = 30;

    public Reading {
        turns = List.copyOf(turns);
        names = Set.copyOf(names);
    }

    /** A reading of these turns, with the names of the view's people, remembering nothing across readings. */
    public Reading(InteractionView view, List<TurnReading> turns) {
        this(view, turns, namesOf(view), null);
    }

    /** Reads the recent turns of {@code view} with the compiled word lists. */
    public static Reading of(InteractionView view, Lexicons lexicons) {
        List<TurnView> all = view.turns();
        int end = all.size();
        while (end > 0 && all.get(end - 1).at().isAfter(view.asOf())) {
            end--;
        }
        List<TurnReading> window = new ArrayList<>();
        for (int i = Math.max(0, end - WINDOW); i < end; i++) {
            TurnView t = all.get(i);
            window.add(new TurnReading(t, lexicons.find(t.analysis())));
        }
        return new Reading(view, window, namesOf(view), lexicons);
    }

    /** Words that come before a name: a word after them, written with a capital, is a name. */
    private static final Set<String> HONORIFICS = Set.of("pan", "pani", "panie", "pana", "panu", "panem", "panstwo",
            "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "madam");

    /**
     * Whether the token at {@code index} of a turn is a person's name: a word of the requester's or
     * an account contact's name, or a capitalised word after "Pan", "Pani", "Mr", "Mrs"... A surname
     * that is also a word ("Wrona", "Baran", "Moody") then never counts as what the word means.
     */
    boolean isName(TurnReading turn, int index) {
        List<Token> tokens = turn.turn().analysis().tokens();
        Token token = tokens.get(index);
        if (!token.isWord()) {
            return false;
        }
        String word = PhraseIndex.stripDiacritics(token.folded());
        if (names.contains(word) || names.contains(PhraseIndex.stripDiacritics(token.lemma()))) {
            return true;
        }
        return index > 0 && Character.isUpperCase(token.text().charAt(0))
                && HONORIFICS.contains(PhraseIndex.stripDiacritics(tokens.get(index - 1).folded()).replace(".", ""));
    }

    /**
     * The word features of a turn: remembered per analysed text when no word of it is a name (the
     * same text then gives the same features in any conversation), else made for this reading.
     */
    WordFeatures wordsOf(TurnReading turn, SwearWords lexicon) {
        int tokens = turn.turn().analysis().tokens().size();
        for (int i = 0; i < tokens; i++) {
            if (isName(turn, i)) {
                return WordFeatures.of(turn.turn().analysis(), k -> isName(turn, k), lexicon);
            }
        }
        return lexicons == null ? WordFeatures.of(turn.turn().analysis(), k -> false, lexicon)
                : lexicons.wordsOf(turn.turn().analysis());
    }

    private static Set<String> namesOf(InteractionView view) {
        Set<String> names = new HashSet<>();
        addNameWords(view.requester().name(), names);
        view.account().ifPresent(a -> a.contacts().forEach(c -> addNameWords(c.name(), names)));
        return names;
    }

    private static void addNameWords(String name, Set<String> into) {
        for (String part : name.split("[\\s,.\\-]+")) {
            if (part.length() >= 3) {
                into.add(PhraseIndex.stripDiacritics(part.toLowerCase(Locale.ROOT)));
            }
        }
    }

    List<TurnReading> customerTurns() {
        return turns.stream().filter(t -> t.turn().byCustomer()).toList();
    }

    List<TurnReading> agentTurns() {
        return turns.stream().filter(t -> t.turn().byAgent()).toList();
    }

    /** The position in {@link #turns()} of the nearest agent turn before {@code position}, or -1. */
    int previousAgent(int position) {
        for (int i = position - 1; i >= 0; i--) {
            if (turns.get(i).turn().byAgent()) {
                return i;
            }
        }
        return -1;
    }

    /** The position in {@link #turns()} of the nearest non-system turn before {@code position}, or -1. */
    int previousSpoken(int position) {
        for (int i = position - 1; i >= 0; i--) {
            if (turns.get(i).turn().from() != Speaker.SYSTEM) {
                return i;
            }
        }
        return -1;
    }
}
