package dev.clientele.benchmarks.drools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the labelled messages ({@code {"id","lang","text","replyingTo"?,...}} per line) as
 * interactions: the brand's message, when there is one, as an agent turn before the customer's.
 * The labels themselves are not needed to compare two recognisers with each other.
 */
public final class LabelledMessages {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledMessages() {
    }

    /**
     * Every line of {@code file} as an interaction.
     *
     * @throws IllegalArgumentException naming the line when one is not a labelled message
     */
    public static List<InteractionInput> read(Path file) {
        List<InteractionInput> interactions = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    interactions.add(interaction(JSON.readTree(line), file, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return interactions;
    }

    private static InteractionInput interaction(JsonNode message, Path file, int line) {
        String id = message.path("id").asText("");
        String language = message.path("lang").asText("");
        String text = message.path("text").asText("");
        if (id.isBlank() || text.isBlank() || !(language.equals("pl") || language.equals("en"))) {
            throw new IllegalArgumentException(file + " line " + line + ": needs id, text and lang pl or en");
        }
        List<TurnInput> turns = new ArrayList<>(2);
        String replyingTo = message.path("replyingTo").asText("");
        if (!replyingTo.isBlank()) {
            turns.add(new TurnInput(AT.minusSeconds(600), "agent", replyingTo));
        }
        turns.add(new TurnInput(AT, "customer", text));
        return new InteractionInput(id, "social", language, new PartyInput("customer-" + line, null, null), null, null,
                turns, null);
    }
}
