package dev.clientele.adapter.cli;

import dev.clientele.adapter.json.AssessmentJson;
import dev.clientele.core.application.port.in.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

    @TempDir
    Path temp;

    @Test
    void assessPrintsTheContractsJsonForOneDocument() {
        Run run = Run.of("assess", Run.example("pl-nervous-manager.json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        Assessment assessment = AssessmentJson.read(run.out().strip());
        assertThat(assessment.interaction()).isEqualTo("pl-nervous-manager");
        assertThat(assessment.language()).isEqualTo("pl");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void assessPrintsAReadableSummaryWithPatternsEvidenceAdviceAndClocks() {
        Run run = Run.of("assess", Run.example("en-impatient-callback.json"), "--format", "text");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Interaction en-impatient-callback (en), as of 2026-03-02T14:40:00Z",
                "Patterns seen:", "Advice:", "Escalation:", "Clocks:", "first response:");
        assertThat(run.out()).doesNotContain("{\"interaction\"");
    }

    @Test
    void assessAtAnEarlierMomentMovesTheAssessmentsAsOf() {
        Run run = Run.of("assess", Run.example("en-impatient-callback.json"), "--as-of", "2026-03-02T14:05:00Z");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(AssessmentJson.read(run.out().strip()).asOf()).hasToString("2026-03-02T14:05:00Z");
    }

    @Test
    void assessAtAMomentBeforeTheConversationIsInvalidInput() {
        Run run = Run.of("assess", Run.example("pl-yes-sayer.json"), "--as-of", "2020-01-01T00:00:00Z");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                Run.example("pl-yes-sayer.json") + ":1: /asOf: must not be before the first turn");
    }

    @Test
    void assessOfJsonLinesPrintsOneAssessmentPerValidLineAndNamesTheBrokenOnes() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(Run.example("batch.jsonl")));
        Path file = temp.resolve("mixed.jsonl");
        Files.write(file, List.of(lines.get(0), "{\"id\": 7}", lines.get(1)));
        Run run = Run.of("assess", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines()).hasSize(2).allSatisfy(l -> AssessmentJson.read(l));
        assertThat(run.err().lines()).containsExactly(file + ":2: /id: must be a string");
    }

    @Test
    void assessReadsStandardInputForADash() throws IOException {
        String doc = Files.readString(Path.of(Run.example("pl-yes-sayer.json")));
        Run run = Run.withInput(doc, "assess", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(AssessmentJson.read(run.out().strip()).interaction()).isEqualTo("pl-yes-sayer");
    }

    @Test
    void aDocumentWhoseLanguageCannotBeToldGetsTheDefaultLanguage() {
        String doc = "{\"id\":\"c-1\",\"channel\":\"chat\",\"requester\":{\"id\":\"u-1\"},"
                + "\"turns\":[{\"at\":\"2026-03-02T09:00:00Z\",\"from\":\"customer\",\"text\":\"Internet???\"}]}";
        assertThat(Run.withInput(doc, "assess", "-").out()).contains("\"language\":\"en\"");
        Run polish = Run.withInput(doc, "assess", "-", "--default-language", "pl");
        assertThat(polish.exitCode()).isZero();
        assertThat(polish.out()).contains("\"language\":\"pl\"");
        Run unknown = Run.withInput(doc, "assess", "-", "--default-language", "de");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("clientele: --default-language de: must be one of en, pl");
    }

    @Test
    void validateAcceptsEverySampleInteraction() throws IOException {
        try (var files = Files.list(Run.ROOT.resolve("examples/interactions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl")).toList()) {
                Run run = Run.of("validate", file.toString());
                assertThat(run.exitCode()).as(file + ": " + run.err()).isZero();
                assertThat(run.out()).endsWith("valid" + System.lineSeparator());
            }
        }
    }

    @Test
    void validateReportsEachProblemAsFileLinePointerAndRule() throws IOException {
        Path file = temp.resolve("broken.json");
        Files.writeString(file, """
                {
                  "id": "case-1",
                  "channel": "fax",
                  "requester": { "id": "u-1" },
                  "turns": [
                    { "at": "2026-03-02T09:15:00Z", "from": "customer", "text": "Hello" },
                    { "at": "2026-03-02T09:10:00Z", "from": "agent", "text": "" },
                    { "from": "customer", "text": "Anyone there?" }
                  ]
                }
                """);
        Run run = Run.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).contains(
                file + ":3: /channel: must be one of phone, email, chat, social, in-person, other",
                file + ":7: /turns/1/at: must not be before the previous turn",
                file + ":7: /turns/1/text: must not be blank",
                file + ":8: /turns/2/at: must not be null");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).contains("1 of 1 interaction invalid");
    }

    @Test
    void validateNamesTheLineOfEachBrokenJsonLine() throws IOException {
        Path file = temp.resolve("broken.jsonl");
        String good = Files.readAllLines(Path.of(Run.example("batch.jsonl"))).get(0);
        Files.write(file, List.of(good, "{\"id\":\"x\",", "", good.replace("\"chat\"", "\"pigeon\"")));
        Run run = Run.of("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0)).startsWith(file + ":2: /id: malformed JSON at line 1");
        assertThat(run.err().lines().toList().get(1))
                .isEqualTo(file + ":4: /channel: must be one of phone, email, chat, social, in-person, other");
    }

    @Test
    void aMissingFileIsAUsageErrorOnOneLine() {
        Run run = Run.of("validate", temp.resolve("nope.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly("clientele: " + temp.resolve("nope.json") + ": no such file");
    }

    @Test
    void badOptionsAreUsageErrorsOnOneLine() {
        Run run = Run.of("assess", "--format", "xml", Run.example("pl-yes-sayer.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("clientele: Invalid value for option '--format'").endsWith("(see 'clientele assess --help')");
        Run asOf = Run.of("assess", "--as-of", "noon", Run.example("pl-yes-sayer.json"));
        assertThat(asOf.exitCode()).isEqualTo(2);
        assertThat(asOf.err().lines()).containsExactly(
                "clientele: --as-of noon: must be an ISO-8601 instant such as 2026-03-02T09:15:00Z");
        assertThat(Run.of().exitCode()).isEqualTo(2);
        assertThat(Run.of("frobnicate").err()).startsWith("clientele: Unmatched argument");
    }

    @Test
    void anInternalFailureExitsWithOneAndOneLineUnlessDebugAsksForTheStackTrace() throws IOException {
        // A plugin folder holding a file that is not a jar makes the engine's start fail inside.
        Path plugins = Files.createDirectory(temp.resolve("plugins-as-file-parent"));
        Path notAFolder = Files.writeString(plugins.resolve("readme.txt"), "not a folder");
        Run plain = Run.of("playbooks", "--plugins", notAFolder.toString());
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err().lines()).containsExactly("clientele: --plugins " + notAFolder + ": not a folder");

        Path out = temp.resolve("blocked");
        Files.createDirectory(out);
        Run failing = Run.of("batch", Run.example("batch.jsonl"), "--out", out.toString());
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.err().lines()).singleElement().asString()
                .startsWith("clientele: internal failure: ").endsWith("(run again with --debug for the stack trace)");
        Run debug = Run.of("batch", Run.example("batch.jsonl"), "--out", out.toString(), "--debug");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("clientele: internal failure: ", "\tat ");
    }

    @Test
    void playbooksListsTheBuiltInsWithVersionApiVersionPatternsAndSource() {
        Run run = Run.of("playbooks");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("clientele-recognition", "API version: 1.0", "patterns:", "nervous", "source:");
        Run json = Run.of("playbooks", "--format", "json");
        assertThat(json.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"clientele-"));
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : List.of("assess", "validate", "eval", "playbooks", "batch", "import")) {
            Run run = Run.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: clientele " + command, "Examples:", "  clientele " + command);
        }
        Run top = Run.of("--help");
        assertThat(top.out()).contains("assess", "validate", "eval", "playbooks", "batch", "import", "Exit codes");
    }

    @Test
    void versionNamesTheToolAndThePlaybookApi() {
        Run run = Run.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("clientele 0.1.0", "playbook API 1.0");
    }

    @Test
    void evalScoresALabelledFileAndReportsBrokenLines() throws IOException {
        Path file = temp.resolve("labelled.jsonl");
        Files.write(file, List.of(
                "{\"id\":\"m1\",\"lang\":\"en\",\"text\":\"You idiots, I want your manager right now!\",\"patterns\":[\"aggressive\"],\"wantsEscalation\":true}",
                "{\"id\":\"m2\",\"lang\":\"en\",\"text\":\"Thanks, that fixed it.\",\"patterns\":[],\"wantsEscalation\":false}",
                "{\"id\":\"m3\",\"lang\":\"xx\",\"text\":\"?\",\"patterns\":[]}",
                "{\"lang\":\"en\",\"text\":\"no id\"}"));
        Run run = Run.of("eval", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                file + ":3: /: language of m3 must be pl, en or absent, got xx",
                file + ":4: /id: must not be null");
        assertThat(run.out()).contains("\"messages\":2", "\"micro\":", "\"macro\":", "\"falseAlarmRate\":",
                "\"escalation\":{\"accuracy\":");
        Run text = Run.of("eval", file.toString());
        assertThat(text.out()).contains("precision", "recall", "F1", "support", "micro", "macro", "escalation accuracy");
    }

    @Test
    void importTurnsAZendeskExportIntoValidInteractions() throws IOException {
        Path export = temp.resolve("tickets.json");
        Files.writeString(export, """
                {"tickets": [{"id": 501, "subject": "Cannot log in", "description": "I cannot log in since this morning.",
                  "requester_id": 9001, "via": {"channel": "email"}, "created_at": "2026-03-02T09:00:00Z",
                  "updated_at": "2026-03-02T09:30:00Z", "status": "open"}],
                 "users": [{"id": 9001, "name": "Ola Nowak", "role": "end-user"}]}
                """);
        Path out = temp.resolve("interactions.jsonl");
        Run run = Run.of("import", "zendesk", export.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("import zendesk: 1 interactions -> " + out);
        assertThat(Run.of("validate", out.toString()).exitCode()).isZero();
        assertThat(Files.exists(Path.of(out + ".partial"))).isFalse();
    }

    @Test
    void importTakesTheZendeskPayerFromTheTagGiven() throws IOException {
        Path export = temp.resolve("org.json");
        Files.writeString(export, """
                {"tickets": [{"id": 502, "description": "Please cancel our contract.", "requester_id": 9002,
                  "organization_id": 77, "via": {"channel": "web"}, "created_at": "2026-03-02T09:00:00Z"}],
                 "users": [{"id": 9002, "name": "Ola", "role": "end-user", "organization_id": 77},
                           {"id": 9003, "name": "Jan", "role": "end-user", "organization_id": 77, "tags": ["billing"]}],
                 "organizations": [{"id": 77, "name": "Firma"}]}
                """);
        Path out = temp.resolve("tagged.jsonl");
        Run run = Run.of("import", "zendesk", export.toString(), "--payer-tag", "billing", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("\"roles\":[\"payer\"]");
        Run wrong = Run.of("import", "salesforce", export.toString(), "--payer-tag", "billing", "--out", out.toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("clientele: --payer-* and --decision-maker-* apply to zendesk only");
    }

    @Test
    void importOfAMissingExportIsAUsageError() {
        Run run = Run.of("import", "salesforce", temp.resolve("none").toString(), "--out", temp.resolve("o.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("clientele: " + temp.resolve("none") + ": no such file or folder");
        assertThat(Run.of("import", "freshdesk", "x", "--out", "y").exitCode()).isEqualTo(2);
    }
}
