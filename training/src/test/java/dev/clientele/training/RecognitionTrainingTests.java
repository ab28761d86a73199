package dev.clientele.training;

import dev.clientele.playbooks.defaults.internal.RecognitionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Training on the project's own Polish conversations: the same data gives the same bytes, and a model the playbook reads. */
class RecognitionTrainingTests {

    @Test
    void trainingTwiceOnTheSameDataWritesTheSameModelAndReport(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("corpus/conversations-pl.jsonl"), corpus.resolve("conversations-pl.jsonl"));
        Path noMessages = Files.writeString(dir.resolve("none.jsonl"), "");

        RecognitionTraining.Result first = RecognitionTraining.train(noMessages, corpus);
        RecognitionTraining.Result second = RecognitionTraining.train(noMessages, corpus);

        assertThat(second.model()).isEqualTo(first.model());
        assertThat(second.report()).isEqualTo(first.report());
        assertThat(first.report()).contains("Leave one domain out").contains("Expected calibration error");
        RecognitionModel model = RecognitionModel.of(Files.writeString(dir.resolve("m.model"), first.model()));
        assertThat(model.patterns()).isEqualTo(first.patterns());
    }

    @Test
    void foldsKeepEveryTurnOfAConversationTogether() {
        var examples = java.util.List.of(
                new Example("a", "corpus", "pl", "bank", java.util.Map.of(), java.util.Set.of(), java.util.Set.of()),
                new Example("a", "corpus", "pl", "bank", java.util.Map.of(), java.util.Set.of(), java.util.Set.of()),
                new Example("b", "corpus", "pl", "bank", java.util.Map.of(), java.util.Set.of(), java.util.Set.of()));
        assertThat(RecognitionTraining.folds(examples)).containsOnlyKeys("a", "b");
    }
}
