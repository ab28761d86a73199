package dev.clientele.adapter.json;

import dev.clientele.core.application.port.in.InputLimits;

/**
 * The documented limits of one JSON document (one file, or one line of a JSON Lines file).
 * They are enforced while the text streams in, so a huge or deeply nested document fails fast
 * with a pointer instead of filling the heap. Field limits are in {@link InputLimits}.
 */
public final class JsonLimits {

    /** Most characters in one document, or in one line of a JSON Lines file (16 MiB). */
    public static final int MAX_DOCUMENT_CHARACTERS = 16 * 1024 * 1024;
    /** Deepest nesting of objects and arrays; the contract needs five levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest single string value, the longest text of a turn. */
    public static final int MAX_STRING_CHARACTERS = InputLimits.MAX_TURN_CHARACTERS;
    /** Longest field name. */
    public static final int MAX_FIELD_NAME_CHARACTERS = 1_000;

    private JsonLimits() {
    }
}
