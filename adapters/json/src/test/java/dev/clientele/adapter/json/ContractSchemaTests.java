package dev.clientele.adapter.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The schemas in docs/schema describe the contract: every JSON example in the docs and in
 * examples/interactions passes them, what the writers produce passes them, and broken documents fail.
 */
class ContractSchemaTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("clientele.root", "../..")).toAbsolutePath().normalize();
    private static final JsonSchema INTERACTION = schema("interaction.v1.schema.json");
    private static final JsonSchema ASSESSMENT = schema("assessment.v1.schema.json");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleInTheDocsAndExamplesPassesItsSchema() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).as("interaction examples in docs/integrating.md")
                .anyMatch(e -> e.source().contains("integrating.md") && e.kind() == Kind.INTERACTION);
        assertThat(examples).as("assessment examples in docs/integrating.md")
                .anyMatch(e -> e.source().contains("integrating.md") && e.kind() == Kind.ASSESSMENT);
        assertThat(examples).as("interaction files in examples/interactions")
                .filteredOn(e -> e.source().contains("examples/interactions")).hasSizeGreaterThanOrEqualTo(4);
        for (Example example : examples) {
            JsonSchema schema = example.kind() == Kind.INTERACTION ? INTERACTION : ASSESSMENT;
            assertThat(schema.validate(example.json())).as(example.source()).isEmpty();
            if (example.kind() == Kind.INTERACTION) {
                InteractionJson.readValid(example.json().toString());
            } else {
                AssessmentJson.read(example.json().toString());
            }
        }
    }

    @Test
    void everyWrittenAssessmentPassesTheAssessmentSchema() {
        qt().withExamples(300).forAll(ContractGenerators.assessments()).checkAssert(a -> {
            Set<ValidationMessage> problems = ASSESSMENT.validate(tree(AssessmentJson.write(a)));
            assertThat(problems).isEmpty();
        });
    }

    @Test
    void theContractExamplesWrittenBackPassTheirSchemas() {
        assertThat(INTERACTION.validate(tree(InteractionJson.write(Documents.interaction())))).isEmpty();
        assertThat(ASSESSMENT.validate(tree(AssessmentJson.write(Documents.assessment())))).isEmpty();
    }

    @Test
    void theSchemasRejectWhatTheContractForbids() {
        String example = InteractionJson.write(Documents.interaction());
        assertThat(INTERACTION.validate(tree(example.replace("\"phone\"", "\"fax\"")))).isNotEmpty();
        assertThat(INTERACTION.validate(tree(example.replace("\"2026-03-02T09:30:00Z\"", "\"yesterday\"")))).isNotEmpty();
        assertThat(INTERACTION.validate(tree(example.replaceFirst("\"turns\":\\[.*\\]", "\"turns\":[]")))).isNotEmpty();
        assertThat(INTERACTION.validate(tree("{\"id\":\"x\",\"channel\":\"chat\",\"requester\":{\"id\":\"u\"}}"))).isNotEmpty();
        String assessment = AssessmentJson.write(Documents.assessment());
        assertThat(ASSESSMENT.validate(tree(assessment.replace("\"to\":\"supervisor\",", "")))).isNotEmpty();
        assertThat(ASSESSMENT.validate(tree(assessment.replace("\"confidence\":0.86", "\"confidence\":1.5")))).isNotEmpty();
        assertThat(ASSESSMENT.validate(tree(assessment.replace("\"pattern\":\"nervous\"", "\"pattern\":\"Rude Person\"")))).isNotEmpty();
    }

    private enum Kind { INTERACTION, ASSESSMENT }

    private record Example(String source, Kind kind, JsonNode json) {
    }

    private static List<Example> examples() throws IOException {
        List<Example> found = new ArrayList<>();
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            for (Path md : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher block = JSON_BLOCK.matcher(Files.readString(md));
                int n = 0;
                while (block.find()) {
                    n++;
                    JsonNode json = tryTree(block.group(1));
                    // Blocks that are not whole documents (fragments with "...") are prose, not examples.
                    if (json != null) {
                        kindOf(json).ifPresent(kind -> found.add(new Example(md + " block " + block.start(), kind, json)));
                    }
                }
            }
        }
        Path interactions = ROOT.resolve("examples/interactions");
        if (Files.isDirectory(interactions)) {
            try (Stream<Path> files = Files.list(interactions)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".json")) {
                        found.add(new Example(file.toString(), Kind.INTERACTION, JSON.readTree(file.toFile())));
                    } else if (name.endsWith(".jsonl")) {
                        int line = 0;
                        for (String text : Files.readAllLines(file)) {
                            line++;
                            if (!text.isBlank()) {
                                found.add(new Example(file + ":" + line, Kind.INTERACTION, JSON.readTree(text)));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static java.util.Optional<Kind> kindOf(JsonNode json) {
        if (json.isObject() && json.has("turns")) {
            return java.util.Optional.of(Kind.INTERACTION);
        }
        if (json.isObject() && json.has("observed")) {
            return java.util.Optional.of(Kind.ASSESSMENT);
        }
        return java.util.Optional.empty();
    }

    private static JsonNode tryTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(ROOT.resolve("docs/schema").resolve(name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new AssertionError("cannot read docs/schema/" + name, e);
        }
    }
}
