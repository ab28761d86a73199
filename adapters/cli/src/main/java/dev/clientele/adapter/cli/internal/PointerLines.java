package dev.clientele.adapter.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer, so that a problem in a
 * multi-line document can be reported as {@code FILE:LINE}. A pointer to a missing field is
 * placed on the line of its nearest present ancestor.
 */
public final class PointerLines {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final Map<String, Integer> lines;

    private PointerLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of {@code json}; a document that does not parse maps every pointer to line 1. */
    public static PointerLines of(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = PLAIN.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                // At a START token the context is already the new container; its parent knows where it sits.
                String pointer = token.isStructEnd() ? null
                        : token.isStructStart() ? parser.getParsingContext().getParent().pathAsPointer().toString()
                        : parser.getParsingContext().pathAsPointer().toString();
                if (pointer != null) {
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException | RuntimeException e) {
            // Malformed documents carry their own line in the message; nothing more to map.
        }
        return new PointerLines(lines);
    }

    /** The 1-based line of the value at {@code pointer}, or of its nearest present ancestor. */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
