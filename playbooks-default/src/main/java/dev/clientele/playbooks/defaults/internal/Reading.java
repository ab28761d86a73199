package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;

import java.util.ArrayList;
import java.util.List;

/**
 * The recent turns of an interaction with their cues: the last {@link #WINDOW} turns at or before
 * {@code asOf}. Looking at a bounded window keeps the cost of assessing a long conversation about
 * that of a short one.
 */
public record Reading(InteractionView view, List<TurnReading> turns) {

    /** How many of the most recent turns the rules look at. */
    public static final int WINDOW = 30;

    public Reading {
        turns = List.copyOf(turns);
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
        return new Reading(view, window);
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
