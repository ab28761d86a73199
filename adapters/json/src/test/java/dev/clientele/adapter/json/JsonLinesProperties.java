package dev.clientele.adapter.json;

import dev.clientele.core.application.port.in.InteractionInput;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class JsonLinesProperties {

    private static final List<String> BROKEN = List.of("{", "[]", "{\"id\":\"x\"}", "null", "\"text\"", "{\"id\":1}");

    @Test
    void everyLineIsReportedUnderItsOwnNumberAndBlankLinesAreSkipped() {
        // 0 = blank line, 1 = a valid interaction, 2.. = one of the broken documents
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 1 + BROKEN.size())).ofSizeBetween(0, 30),
                        ContractGenerators.interactions())
                .checkAssert((kinds, interaction) -> {
                    String valid = InteractionJson.write(interaction);
                    StringBuilder file = new StringBuilder();
                    List<Long> expectedRead = new ArrayList<>();
                    List<Long> expectedRejected = new ArrayList<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        int kind = kinds.get(i);
                        long number = i + 1;
                        if (kind == 1) {
                            file.append(valid);
                            expectedRead.add(number);
                        } else if (kind > 1) {
                            file.append(BROKEN.get(kind - 2));
                            expectedRejected.add(number);
                        }
                        file.append(i % 2 == 0 ? "\n" : "\r\n");
                    }
                    List<JsonLines.Line<InteractionInput>> lines = JsonLines.interactions(new StringReader(file.toString())).toList();
                    assertThat(lines).filteredOn(l -> l instanceof JsonLines.Line.Read).extracting(JsonLines.Line::number)
                            .containsExactlyElementsOf(expectedRead);
                    assertThat(lines).filteredOn(l -> l instanceof JsonLines.Line.Rejected).extracting(JsonLines.Line::number)
                            .containsExactlyElementsOf(expectedRejected);
                    assertThat(lines).filteredOn(l -> l instanceof JsonLines.Line.Read<InteractionInput>)
                            .allSatisfy(l -> assertThat(((JsonLines.Line.Read<InteractionInput>) l).value()).isEqualTo(interaction));
                });
    }
}
