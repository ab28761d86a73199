package dev.clientele.core.application.port.in;

/**
 * The documented limits of one interaction; larger input is rejected with a pointer to the field,
 * so that no single document can exhaust the default heap.
 */
public final class InputLimits {

    /** Longest id of an interaction, person or account. */
    public static final int MAX_ID_LENGTH = 200;
    /** Longest name or tier. */
    public static final int MAX_NAME_LENGTH = 500;
    /** Most contacts on one account. */
    public static final int MAX_CONTACTS = 1_000;
    /** Most turns in one interaction. */
    public static final int MAX_TURNS = 10_000;
    /** Longest text of one turn, in characters (about 100 KB of prose). */
    public static final int MAX_TURN_CHARACTERS = 100_000;

    private InputLimits() {
    }
}
