package dev.clientele.adapter.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.adapter.json.JsonLines;
import dev.clientele.core.application.evaluation.LabelledMessage;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a labelled set, one message per line:
 * {@code {"id","lang","text","patterns":[...],"wantsEscalation":bool,"replyingTo"?}}. Other fields
 * (such as {@code source}) are ignored; each broken line becomes one problem line with its number.
 */
public final class LabelledFiles {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private LabelledFiles() {
    }

    /** The messages of {@code name}; problems go to {@code problem} as {@code FILE:LINE: /pointer: message}. */
    public static List<LabelledMessage> read(String name, Consumer<String> problem) {
        List<LabelledMessage> messages = new ArrayList<>();
        try (Reader reader = new InputStreamReader(InteractionFiles.open(name, System.in), StandardCharsets.UTF_8);
             Stream<JsonLines.Line<LabelledMessage>> lines = JsonLines.lines(reader, LabelledFiles::message)) {
            lines.forEach(line -> {
                if (line instanceof JsonLines.Line.Read<LabelledMessage> read) {
                    messages.add(read.value());
                } else if (line instanceof JsonLines.Line.Rejected<LabelledMessage> rejected) {
                    rejected.problems().forEach(v -> problem.accept(name + ":" + rejected.number() + ": " + v));
                }
            });
        } catch (IOException e) {
            throw new UsageProblem(name + ": cannot be read: " + e.getMessage());
        }
        return messages;
    }

    private static LabelledMessage message(String line) {
        JsonNode node;
        try {
            node = PLAIN.readTree(line);
        } catch (IOException e) {
            throw invalid("", "malformed JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw invalid("", "must be an object");
        }
        String id = text(node, "id", true);
        String language = text(node, "lang", false);
        String text = text(node, "text", true);
        JsonNode patterns = node.get("patterns");
        List<String> ids = new ArrayList<>();
        if (patterns != null && !patterns.isNull()) {
            if (!patterns.isArray()) {
                throw invalid("/patterns", "must be an array");
            }
            for (int i = 0; i < patterns.size(); i++) {
                if (!patterns.get(i).isTextual()) {
                    throw invalid("/patterns/" + i, "must be a string");
                }
                ids.add(patterns.get(i).textValue());
            }
        }
        JsonNode wants = node.get("wantsEscalation");
        if (wants != null && !wants.isNull() && !wants.isBoolean()) {
            throw invalid("/wantsEscalation", "must be true or false");
        }
        try {
            return new LabelledMessage(id, language, text, ids, wants != null && wants.booleanValue(),
                    text(node, "replyingTo", false), text(node, "source", false));
        } catch (IllegalArgumentException e) {
            throw invalid("", e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid("/" + field, "must not be null");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw invalid("/" + field, "must be a string");
        }
        return value.textValue();
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static InvalidInputException invalid(String pointer, String rule) {
        return new InvalidInputException(List.of(new Violation(pointer, rule)));
    }
}
