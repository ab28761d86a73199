package dev.clientele.playbooks.defaults.quality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientele.core.application.evaluation.LabelledMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a labelled set: JSON Lines of {@code {"id","lang","text","patterns","wantsEscalation","replyingTo"?}}. */
final class LabelledSet {

    private LabelledSet() {
    }

    /** The messages of the file in order; fails naming the line when one lacks a field. */
    static List<LabelledMessage> read(Path file) {
        List<LabelledMessage> messages = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    messages.add(message(Scenario.JSON.readTree(lines.get(i)), file, i + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled set " + file, e);
        }
        return messages;
    }

    private static LabelledMessage message(JsonNode line, Path file, int number) {
        for (String field : List.of("id", "text", "patterns", "wantsEscalation")) {
            if (!line.hasNonNull(field)) {
                throw new IllegalArgumentException(file.getFileName() + " line " + number + ": missing /" + field);
            }
        }
        List<String> patterns = new ArrayList<>();
        line.get("patterns").forEach(p -> patterns.add(p.asText()));
        String language = line.hasNonNull("lang") ? line.get("lang").asText() : null;
        String replyingTo = line.hasNonNull("replyingTo") ? line.get("replyingTo").asText() : null;
        return new LabelledMessage(line.get("id").asText(), language, line.get("text").asText(), patterns,
                line.get("wantsEscalation").asBoolean(), replyingTo);
    }
}
