package dev.clientele.playbooks.defaults.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clientele.core.application.port.in.InteractionInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One multi-turn scenario of the shared data: an interaction, what must hold at its end, and
 * what must hold at earlier moments ({@code checkpoints}).
 *
 * @param name        the scenario's name
 * @param interaction the interaction, read with the contract's field names
 * @param expect      the expectations at the end; an object of the keys the shared data's README lists
 * @param checkpoints earlier moments with their own expectations
 */
record Scenario(String name, InteractionInput interaction, JsonNode expect, List<Checkpoint> checkpoints) {

    /**
     * Expectations at an earlier moment of the same interaction.
     *
     * @param asOf   the moment to assess at
     * @param expect what must hold then
     */
    record Checkpoint(Instant asOf, JsonNode expect) {
        Checkpoint {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(expect, "expect");
        }
    }

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(expect, "expect");
        checkpoints = List.copyOf(checkpoints);
    }

    /** Reads a scenario file; fails with the file's name when it does not have the documented shape. */
    static Scenario read(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            InteractionInput interaction = JSON.treeToValue(required(root, "interaction", file), InteractionInput.class);
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (JsonNode c : root.path("checkpoints")) {
                checkpoints.add(new Checkpoint(Instant.parse(required(c, "asOf", file).asText()), required(c, "expect", file)));
            }
            String name = root.path("name").asText(file.getFileName().toString());
            return new Scenario(name, interaction, required(root, "expect", file), checkpoints);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
    }

    /** The same interaction assessed at an earlier moment. */
    InteractionInput asOf(Instant moment) {
        InteractionInput i = interaction;
        return new InteractionInput(i.id(), i.channel(), i.language(), i.requester(), i.account(), i.context(), i.turns(), moment);
    }

    private static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(file.getFileName() + ": missing /" + field);
        }
        return value;
    }
}
