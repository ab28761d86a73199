package dev.clientele.adapter.crm.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.adapter.json.imports.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.clientele.adapter.crm.zendesk.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Law: how an export is cut into files, in which order and in which of the supported shapes, does
 * not change what it imports.
 */
class ZendeskFileLayoutProperties {

    private record Item(String stream, JsonNode record) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STREAMS =
            List.of("tickets", "users", "organizations", "organization_memberships", "ticket_comments");

    @TempDir
    Path temp;

    @Test
    void anySplitOrderAndShapeOfTheRecordsImportsTheSameAsTheApiFolder() {
        ImportResult expected = ZendeskImport.withDefaults().read(resource("api"));
        List<Item> items = fixtureRecords();
        int[] run = {0};

        qt().withExamples(60).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, files) -> {
            Path folder = temp.resolve("layout-" + run[0]++);
            write(folder, items, seed, files);
            assertThat(ZendeskImport.withDefaults().read(folder)).isEqualTo(expected);
        });
    }

    /** Every record of the API fixture, each comment given its ticket_id so it can travel to any file. */
    private static List<Item> fixtureRecords() {
        List<Item> items = new ArrayList<>();
        for (String stream : List.of("tickets", "users", "organizations", "organization_memberships")) {
            read(resource("api/" + stream + ".json")).path(stream).forEach(r -> items.add(new Item(stream, r)));
        }
        read(resource("api/tickets/101/comments.json")).path("comments")
                .forEach(c -> items.add(new Item("ticket_comments", ((ObjectNode) c.deepCopy()).put("ticket_id", 101))));
        try {
            for (String line : Files.readAllLines(resource("api/ticket_comments.jsonl"))) {
                items.add(new Item("ticket_comments", JSON.readTree(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static void write(Path folder, List<Item> items, long seed, int files) {
        Random random = new Random(seed);
        List<Item> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        List<List<Item>> parts = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            parts.add(new ArrayList<>());
        }
        shuffled.forEach(item -> parts.get(random.nextInt(files)).add(item));
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < files; i++) {
                int shape = random.nextInt(5);
                // Names hold no stream word, so every shape must say what its records are by itself.
                Path file = folder.resolve("part-" + (char) ('a' + random.nextInt(26)) + i + (shape == 0 ? ".json" : ".jsonl"));
                Files.writeString(file, render(parts.get(i), shape));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 0: an API response with one array per stream; 1: ETL envelopes; 2: Singer; 3: Airbyte; 4: bare records. */
    private static String render(List<Item> items, int shape) throws IOException {
        if (shape == 0) {
            ObjectNode response = JSON.createObjectNode();
            for (String stream : STREAMS) {
                ArrayNode array = JSON.createArrayNode();
                items.stream().filter(i -> i.stream().equals(stream)).forEach(i -> array.add(i.record()));
                if (!array.isEmpty()) {
                    response.set(stream.equals("ticket_comments") ? "comments" : stream, array);
                }
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(response.put("next_page", (String) null));
        }
        StringBuilder lines = new StringBuilder();
        for (Item item : items) {
            ObjectNode line = JSON.createObjectNode();
            switch (shape) {
                case 1 -> line.put("stream", item.stream()).set("data", item.record());
                case 2 -> line.put("type", "RECORD").put("stream", item.stream()).set("record", item.record());
                case 3 -> line.put("type", "RECORD").set("record",
                        JSON.createObjectNode().put("stream", item.stream()).set("data", item.record()));
                default -> line.setAll((ObjectNode) item.record());
            }
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        return lines.toString();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
