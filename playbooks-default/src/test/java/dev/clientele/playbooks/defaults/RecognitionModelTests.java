package dev.clientele.playbooks.defaults;

import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.defaults.internal.RecognitionModel;
import dev.clientele.playbooks.testkit.PlaybookHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recognition model: read whole or refused naming the file, and its failure never takes the engine down. */
class RecognitionModelTests {

    @Test
    void theBuiltInModelScoresThePatternsWithRealExamplesAndRecordsItsCrossValidatedScores() {
        RecognitionModel model = RecognitionModel.builtIn();
        assertThat(model.patterns()).contains(PatternIds.AGGRESSIVE, PatternIds.IMPATIENT);
        assertThat(model.summary()).hasSize(model.patterns().size() + 1)
                .anySatisfy(line -> assertThat(line).startsWith("aggressive").contains("F1"));
    }

    @Test
    void aCorruptModelStopsOnlyTheRecognitionPlaybookWithADiagnosticNamingTheFile(@TempDir Path dir) throws Exception {
        Path corrupt = dir.resolve("broken.model");
        Files.writeString(corrupt, "format\tclientele.recognition-model/1\nversion\t1\npattern\taggressive\tbias\tx\tscale\t1\tshift\t0\n",
                StandardCharsets.UTF_8);
        try (Clientele engine = Clientele.builder()
                .playbooks(new RecognitionPlaybook(), new ServicePlaybook())
                .configuration(Map.of("clientele-recognition.model", corrupt.toString()))
                .textAnalyser(PlaybookHarness.of(new ServicePlaybook()).textAnalyser())
                .build()) {
            assertThat(engine.diagnostics()).extracting(Diagnostic::playbook).containsExactly(RecognitionPlaybook.ID);
            assertThat(engine.diagnostics().get(0).problem()).contains("broken.model").contains("line 3");
            assertThat(engine.playbooks()).hasSize(1);
        }
    }

    @Test
    void aMissingModelFileIsNamedToo(@TempDir Path dir) {
        Path missing = dir.resolve("absent.model");
        assertThatThrownBy(() -> RecognitionModel.of(missing)).hasMessageContaining("absent.model");
    }

    @Test
    void aFileThatIsNotAModelIsRefusedAtItsFirstLine(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("notes.txt");
        Files.writeString(other, "just some notes\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RecognitionModel.of(other)).hasMessageContaining("notes.txt line 1");
    }

    @Test
    void everyModelledObservationQuotesWordsOfTheTurn() {
        PlaybookResult r = Conversation.polish().customer("Ty k***o jedna, oddawaj moje pieniądze, złodzieju!")
                .assessedBy(new RecognitionPlaybook());
        var aggressive = r.observations().stream().filter(o -> o.pattern().equals(PatternIds.AGGRESSIVE)).findFirst();
        assertThat(aggressive).isPresent();
        assertThat(aggressive.get().confidence()).isGreaterThanOrEqualTo(0.5);
        assertThat(aggressive.get().evidence()).isNotEmpty()
                .allSatisfy(e -> assertThat("Ty k***o jedna, oddawaj moje pieniądze, złodzieju!").contains(e.quote()));
    }

    @Test
    void aSurnameThatIsAlsoAnInsultIsANameNotAnAttack() {
        String text = "Dzień dobry, nazywam się Tomasz Baran. Dzwonię w sprawie faktury za marzec, pan Baran z działu kadr prosił o korektę.";
        PlaybookResult named = Conversation.polish().requesterNamed("Tomasz Baran").customer(text)
                .assessedBy(new RecognitionPlaybook());
        assertThat(named.observations()).filteredOn(o -> o.confidence() >= 0.5).extracting(o -> o.pattern())
                .doesNotContain(PatternIds.AGGRESSIVE);
    }

    @Test
    void theSameWordSaidToTheAgentStillCounts() {
        PlaybookResult r = Conversation.polish().customer("Ty baranie, nic nie umiesz załatwić, debilu jeden!")
                .assessedBy(new RecognitionPlaybook());
        assertThat(r.observations()).anySatisfy(o -> {
            assertThat(o.pattern()).isEqualTo(PatternIds.AGGRESSIVE);
            assertThat(o.confidence()).isGreaterThanOrEqualTo(0.5);
        });
    }

    private static java.util.List<String> reportedPatterns(PlaybookResult r) {
        return r.observations().stream().filter(o -> o.confidence() >= 0.5).map(o -> o.pattern()).toList();
    }

    @Test
    void forAgesInAStoryIsNotImpatience() {
        PlaybookResult r = Conversation.english()
                .agent("Good morning, how can I help?")
                .customer("Hello dear. My husband passed away in March. He handled the electricity bills for ages, "
                        + "we were married for forty years, and now I need to put the account in my name.")
                .assessedBy(new RecognitionPlaybook());
        assertThat(reportedPatterns(r)).doesNotContain(PatternIds.IMPATIENT);
    }

    @Test
    void aFrightenedYesAfterBadNewsIsNotAYesSayer() {
        PlaybookResult r = Conversation.english()
                .customer("Please help, someone took all the money from my account, I don't know what to do, my rent is due tomorrow!!")
                .agent("Let's block the card first. Unfortunately the transfer was already sent and cannot be stopped today.")
                .customer("yes... yes ok. oh god. what happens now?")
                .assessedBy(new RecognitionPlaybook());
        assertThat(reportedPatterns(r)).doesNotContain(PatternIds.YES_SAYER);
    }
}
