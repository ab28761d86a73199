package dev.clientele.adapter.json.imports;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportResultTests {

    @Test
    void collectsWhatASinkReceivesSortingInteractionsByIdAndProblemsByRecord() {
        ImportResult.Collector collector = ImportResult.collector();
        collector.interaction(interaction("b"));
        collector.problem(ImportProblem.assumed("ticket 9", "no created_at"));
        collector.interaction(interaction("a"));
        collector.problem(ImportProblem.skipped("ticket 10", "no requester_id"));
        collector.problem(ImportProblem.skipped("ticket 9", "deleted"));
        collector.escalatedInSource("b");

        ImportResult result = collector.result();

        assertThat(result.interactions()).extracting(InteractionInput::id).containsExactly("a", "b");
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "ticket 10: no requester_id (skipped)", "ticket 9: deleted (skipped)", "ticket 9: no created_at (imported)");
        assertThat(result.skipped()).extracting(ImportProblem::recordId).containsExactly("ticket 10", "ticket 9");
        assertThat(result.escalatedInSource()).containsExactly("b");
    }

    @Test
    void refusesTheSameInteractionTwiceAndAnEscalatedIdThatWasNotImported() {
        assertThatThrownBy(() -> new ImportResult(List.of(interaction("a"), interaction("a")), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interaction a imported twice");
        assertThatThrownBy(() -> new ImportResult(List.of(interaction("a")), List.of(), Set.of("z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not imported");
    }

    @Test
    void aProblemNamesItsRecordAndGivesItsReasonOnOneLine() {
        assertThatThrownBy(() -> ImportProblem.skipped(" ", "reason")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportProblem.skipped("ticket 1", "two\nlines")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportProblem.assumed("ticket 1", "")).isInstanceOf(IllegalArgumentException.class);
    }

    private static InteractionInput interaction(String id) {
        return new InteractionInput(id, "email", null, new PartyInput("u-1", null, null), null, null,
                List.of(new TurnInput(Instant.parse("2025-01-01T00:00:00Z"), "customer", "Hello")), null);
    }
}
