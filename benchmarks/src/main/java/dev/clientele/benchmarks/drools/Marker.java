package dev.clientele.benchmarks.drools;

import java.util.Objects;

/**
 * A rule-engine fact: a named conclusion about one turn. Equal markers are one fact in the
 * session's equality mode, so that two rules reaching one conclusion count it once.
 */
public final class Marker {

    private final String name;
    private final int turn;

    public Marker(String name, int turn) {
        this.name = name;
        this.turn = turn;
    }

    public String getName() {
        return name;
    }

    public int getTurn() {
        return turn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Marker m && m.turn == turn && m.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, turn);
    }
}
