package dev.clientele.adapter.cli;

import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.playbooks.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands on the real public samples in ../shared/data, read from there and never copied. */
class SharedSamplesTests {

    @TempDir
    Path temp;

    @Test
    void importsTheZendeskApiSampleAndAssessesEveryTicket() throws IOException {
        Path export = SharedData.require("crm/zendesk-api");
        Path interactions = temp.resolve("zendesk.jsonl");
        Run imported = Run.of("import", "zendesk", export.toString(), "--out", interactions.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertImportedAndAssessed(interactions);
    }

    @Test
    void importsTheSalesforceSamplesAndAssessesEveryCase() throws IOException {
        Path export = SharedData.require("crm/salesforce");
        Path interactions = temp.resolve("salesforce.jsonl");
        Run imported = Run.of("import", "salesforce", export.toString(), "--out", interactions.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err().lines()).allSatisfy(l -> assertThat(l).startsWith("clientele: " + export + ": "));
        assertImportedAndAssessed(interactions);
    }

    @Test
    void evaluatesTheLabelledDevelopmentSet() {
        Path labelled = SharedData.require("labelled/dev.jsonl");
        Run run = Run.of("eval", labelled.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"messages\":417", "\"pattern\":\"impatient\"", "\"micro\":", "\"macro\":");
    }

    @Test
    void validatesAndAssessesEveryScenarioInteraction() throws IOException {
        Path scenarios = SharedData.require("scenarios");
        Path lines = temp.resolve("scenarios.jsonl");
        try (var files = Files.list(scenarios)) {
            List<String> interactions = files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(SharedSamplesTests::interactionOf).toList();
            assertThat(interactions).hasSize(16);
            Files.write(lines, interactions);
        }
        assertThat(Run.of("validate", lines.toString()).exitCode()).isZero();
        Run batch = Run.of("batch", lines.toString(), "--out", temp.resolve("out.jsonl").toString(),
                "--report", temp.resolve("report.html").toString());
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(Files.readAllLines(temp.resolve("out.jsonl"))).hasSize(16);
    }

    private static void assertImportedAndAssessed(Path interactions) throws IOException {
        List<String> lines = Files.readAllLines(interactions);
        assertThat(lines).isNotEmpty().allSatisfy(InteractionJson::readValid);
        Run assessed = Run.of("assess", interactions.toString());
        assertThat(assessed.exitCode()).as(assessed.err()).isZero();
        assertThat(assessed.out().lines()).hasSameSizeAs(lines).allSatisfy(AssessmentJson::read);
    }

    private static String interactionOf(Path scenario) {
        try {
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(scenario.toFile());
            return tree.get("interaction").toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
