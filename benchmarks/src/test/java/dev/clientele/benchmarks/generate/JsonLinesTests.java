package dev.clientele.benchmarks.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTests {

    @Test
    void anyGeneratedInteractionReadsBackThroughTheJsonAdapterAsTheSameInteraction() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SyntheticInteractions source = new SyntheticInteractions(seed);
            for (int i = 0; i < 10; i++) {
                InteractionInput interaction = source.next();
                String line = JsonLines.render(interaction);
                assertThat(line).doesNotContain("\n");
                assertThat(InteractionJson.read(line)).isEqualTo(interaction);
            }
        });
    }

    @Test
    void anyTextSurvivesEscaping() {
        qt().forAll(strings().allPossible().ofLengthBetween(1, 60)).checkAssert(text -> {
            InteractionInput interaction = new InteractionInput("x", "chat", null, new PartyInput("p", null, null),
                    null, null, List.of(new TurnInput(Instant.parse("2026-03-02T09:15:00Z"), "customer", text)), null);
            String line = JsonLines.render(interaction);
            assertThat(line).doesNotContain("\n").doesNotContain("\r");
            assertThat(readBack(line).turns().get(0).text()).isEqualTo(text);
        });
    }

    @Test
    void theGeneratorWritesOneInteractionPerLineAndTheSameFileForTheSameSeed(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        GenerateInteractions.write(250, 42, first);
        GenerateInteractions.write(250, 42, second);
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(250).allSatisfy(line -> assertThat(readBack(line).turns()).isNotEmpty());
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    private static InteractionInput readBack(String line) {
        return InteractionJson.read(line);
    }
}
