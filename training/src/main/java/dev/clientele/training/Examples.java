package dev.clientele.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.core.application.evaluation.LabelledMessage;
import dev.clientele.core.application.evaluation.RecognitionEvaluation;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.defaults.internal.TurnFeatures;
import dev.clientele.playbooks.testkit.PlaybookHarness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the labelled messages and the project's conversations into {@link Example}s, through the real engine. */
final class Examples implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FeatureProbe probe = new FeatureProbe();
    private final PlaybookHarness harness = PlaybookHarness.of(probe);

    /** Each message of a labelled set ({@code {"id","lang","source","text","patterns",...}} a line) as one example. */
    List<Example> messages(Path file) {
        List<Example> examples = new ArrayList<>();
        for (JsonNode line : lines(file)) {
            List<String> patterns = new ArrayList<>();
            line.path("patterns").forEach(p -> patterns.add(p.asText()));
            String language = line.path("lang").asText(null);
            LabelledMessage m = new LabelledMessage(line.path("id").asText(), language, line.path("text").asText(),
                    patterns, line.path("wantsEscalation").asBoolean(), line.path("replyingTo").asText(null));
            List<TurnFeatures> turns = features(RecognitionEvaluation.interaction(m));
            TurnFeatures last = turns.get(turns.size() - 1);
            examples.add(new Example(m.id(), line.path("source").asText("unknown"), language, "messages",
                    last.values(), Set.copyOf(patterns), Set.copyOf(patterns)));
        }
        return examples;
    }

    /**
     * Each customer turn of each conversation in the corpus files ({@code *.jsonl} in {@code folder}:
     * {@code {"domain","interaction","labels":{"patterns","turnPatterns"}}} a line) as one example,
     * labelled with the patterns its turn shows.
     */
    List<Example> conversations(Path folder) {
        List<Example> examples = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        for (Path file : files) {
            for (JsonNode line : lines(file)) {
                JsonNode doc = line.get("interaction");
                InteractionInput input = InteractionJson.read(doc.toString());
                List<TurnFeatures> turns = features(input);
                Set<String> whole = new HashSet<>();
                line.path("labels").path("patterns").forEach(p -> whole.add(p.asText()));
                JsonNode byTurn = line.path("labels").path("turnPatterns");
                int customer = 0;
                JsonNode docTurns = doc.get("turns");
                for (int i = 0; i < docTurns.size(); i++) {
                    if (!"customer".equals(docTurns.get(i).path("from").asText())) {
                        continue;
                    }
                    Set<String> labels = new HashSet<>();
                    byTurn.path(Integer.toString(i)).forEach(p -> labels.add(p.asText()));
                    examples.add(new Example(doc.path("id").asText(), "corpus", doc.path("language").asText(),
                            line.path("domain").asText("unknown"), turns.get(customer).values(), Set.copyOf(labels),
                            Set.copyOf(whole)));
                    customer++;
                }
            }
        }
        return examples;
    }

    private List<TurnFeatures> features(InteractionInput input) {
        harness.call(input);
        return probe.last();
    }

    private static List<JsonNode> lines(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    try {
                        nodes.add(JSON.readTree(lines.get(i)));
                    } catch (IOException e) {
                        throw new IllegalArgumentException(file + " line " + (i + 1) + ": not JSON", e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return nodes;
    }

    @Override
    public void close() {
        harness.close();
    }
}
