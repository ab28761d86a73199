package dev.clientele.adapter.crm.salesforce;

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

import static dev.clientele.adapter.crm.salesforce.Fixtures.IMPORT;
import static dev.clientele.adapter.crm.salesforce.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Law: {@code @reference} links resolve across the whole export, so how its records are cut into
 * files, in which order and shape, does not change what it imports.
 */
class SalesforceFileLayoutProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void anySplitOrderAndShapeOfATreeExportImportsTheSameAsItsPlan() {
        ImportResult expected = IMPORT.read(resource("tree/sample-plan.json"));
        List<JsonNode> records = new ArrayList<>();
        for (String file : List.of("Accounts.json", "Contacts.json", "AccountContactRelations.json", "Cases.json")) {
            read(resource("tree/" + file)).path("records").forEach(records::add);
        }
        int[] run = {0};

        qt().withExamples(60).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, files) -> {
            Path folder = temp.resolve("layout-" + run[0]++);
            write(folder, records, seed, files);
            assertThat(IMPORT.read(folder)).isEqualTo(expected);
        });
    }

    private static void write(Path folder, List<JsonNode> records, long seed, int files) {
        Random random = new Random(seed);
        List<JsonNode> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, random);
        List<List<JsonNode>> parts = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            parts.add(new ArrayList<>());
        }
        shuffled.forEach(record -> parts.get(random.nextInt(files)).add(record));
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < files; i++) {
                int shape = random.nextInt(3);
                Path file = folder.resolve("part-" + (char) ('a' + random.nextInt(26)) + i + (shape == 2 ? ".jsonl" : ".json"));
                Files.writeString(file, render(parts.get(i), shape));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 0: a tree file {@code {"records": [...]}}; 1: a bare array; 2: JSON Lines of records. */
    private static String render(List<JsonNode> records, int shape) throws IOException {
        ArrayNode array = JSON.createArrayNode().addAll(records);
        return switch (shape) {
            case 0 -> {
                ObjectNode tree = JSON.createObjectNode();
                tree.set("records", array);
                yield JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            }
            case 1 -> JSON.writeValueAsString(array);
            default -> {
                StringBuilder lines = new StringBuilder();
                for (JsonNode record : records) {
                    lines.append(JSON.writeValueAsString(record)).append('\n');
                }
                yield lines.toString();
            }
        };
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
