package dev.clientele.adapter.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.clientele.adapter.json.JsonLimits;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson's exceptions into one-line violations: the JSON pointer of the field and the
 * rule it breaks, in words a person can act on, never Jackson's multi-line messages.
 */
public final class JacksonProblems {

    private JacksonProblems() {
    }

    /** The violation behind {@code problem}, raised while {@code parser} was reading. */
    public static Violation violation(JsonProcessingException problem, JsonParser parser) {
        if (problem instanceof StreamConstraintsException limit) {
            return new Violation(pointerOf(parser), limitRule(limit));
        }
        if (problem instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                || problem instanceof MismatchedInputException) {
            return mappingViolation((JsonMappingException) problem);
        }
        if (problem instanceof DatabindException mapping && mapping.getCause() instanceof JsonProcessingException cause
                && cause != problem) {
            return violation(cause, parser);
        }
        return new Violation(pointerOf(parser), malformedRule(problem));
    }

    private static Violation mappingViolation(JsonMappingException problem) {
        String pointer = pointerOf(problem.getPath());
        if (problem instanceof InvalidFormatException format && format.getTargetType() == Instant.class) {
            return new Violation(pointer, InstantCodec.RULE);
        }
        if (problem.getCause() instanceof StreamConstraintsException limit) {
            return new Violation(pointer, limitRule(limit));
        }
        String message = String.valueOf(problem.getOriginalMessage());
        if (message.contains("end-of-input")) {
            return new Violation(pointer, malformedRule(problem));
        }
        if (message.startsWith("Trailing token")) {
            return new Violation("", "unexpected content after the document");
        }
        Class<?> target = problem instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String rule = target == null ? "has the wrong type" : "must be " + typeName(target);
        if (problem.getMessage() != null && problem.getMessage().contains("Duplicate field")) {
            rule = "appears twice";
        }
        return new Violation(pointer, rule);
    }

    private static String typeName(Class<?> target) {
        if (target == String.class) {
            return "a string";
        }
        if (target == Instant.class) {
            return "an ISO-8601 instant such as 2026-03-02T09:15:00Z";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "a whole number";
        }
        if (target == double.class || target == Double.class) {
            return "a number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord() || target == Object.class) {
            return "an object";
        }
        return "a " + target.getSimpleName();
    }

    private static String limitRule(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage());
        if (message.contains("Document length") || message.contains("document length")) {
            return "document longer than " + JsonLimits.MAX_DOCUMENT_CHARACTERS + " characters, the limit "
                    + "(see docs/errors.md#input-limits)";
        }
        if (message.contains("Depth") || message.contains("depth")) {
            return "nested deeper than " + JsonLimits.MAX_NESTING_DEPTH + " levels, the limit "
                    + "(see docs/errors.md#input-limits)";
        }
        if (message.contains("Name length") || message.contains("name length")) {
            return "field name longer than " + JsonLimits.MAX_FIELD_NAME_CHARACTERS + " characters, the limit "
                    + "(see docs/errors.md#input-limits)";
        }
        if (message.contains("String value length") || message.contains("string value length")) {
            return "text longer than " + JsonLimits.MAX_STRING_CHARACTERS + " characters, the limit "
                    + "(see docs/errors.md#input-limits)";
        }
        return "exceeds a size limit (see docs/errors.md#input-limits)";
    }

    private static String malformedRule(JsonProcessingException problem) {
        JsonLocation at = problem.getLocation();
        String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (problem instanceof JsonEOFException
                || String.valueOf(problem.getOriginalMessage()).contains("end-of-input")) {
            return "malformed JSON" + where + ": the document ends too early";
        }
        String detail = firstLine(problem.getOriginalMessage());
        return "malformed JSON" + where + (detail.isEmpty() ? "" : ": " + detail);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).trim();
        // Jackson's wording leaks its own API names; keep the part a person can act on.
        return line.replace(" (code ", " (character code ")
                .replaceAll(" \\(for Object starting at [^)]*\\)", "")
                .replaceAll("\\s+", " ");
    }

    /** The JSON pointer of the value the parser is on, or of the document when it is on none. */
    public static String pointerOf(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        JsonStreamContext context = parser.getParsingContext();
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /** The JSON pointer for a databind path. */
    public static String pointerOf(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            pointer.append('/');
            if (step.getFieldName() != null) {
                pointer.append(escape(step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                pointer.append(step.getIndex());
            }
        }
        return pointer.toString();
    }

    /** Escapes one reference token as RFC 6901 says: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
