package dev.clientele.core.application.evaluation;

import dev.clientele.playbooks.api.PatternIds;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class RecognitionReportProperties {

    private static Gen<List<String>> patternSets() {
        return integers().between(0, (1 << 5) - 1).map(mask -> {
            List<String> chosen = new ArrayList<>();
            for (int bit = 0; bit < 5; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    chosen.add(PatternIds.BUILT_IN.get(bit * 2));
                }
            }
            return chosen;
        });
    }

    private static Gen<Outcome> outcomes() {
        return patternSets().zip(patternSets(), booleans().all(), booleans().all(), integers().between(0, 1_000_000),
                (expected, reported, wants, escalated, n) -> new Outcome(
                        new LabelledMessage("m" + n, "en", "text " + n, expected, wants, null), Set.copyOf(reported), escalated));
    }

    private static Gen<List<Outcome>> sets() {
        return lists().of(outcomes()).ofSizeBetween(0, 40);
    }

    @Test
    void reportingExactlyWhatPeopleSawScoresPerfectly() {
        qt().forAll(sets()).checkAssert(outcomes -> {
            List<Outcome> perfect = outcomes.stream()
                    .map(o -> new Outcome(o.message(), Set.copyOf(o.message().patterns()), o.message().wantsEscalation()))
                    .toList();
            RecognitionReport report = RecognitionReport.of(perfect);
            for (PatternScore s : report.patterns()) {
                if (s.support() > 0) {
                    assertThat(s.f1()).isEqualTo(1.0);
                }
                assertThat(s.falsePositives()).isZero();
            }
            assertThat(report.falseAlarms()).isZero();
            assertThat(report.escalationCorrect()).isEqualTo(perfect.size());
            if (report.patterns().stream().anyMatch(s -> s.support() > 0)) {
                assertThat(report.micro().f1()).isEqualTo(1.0);
                assertThat(report.macro().f1()).isEqualTo(1.0);
            }
        });
    }

    @Test
    void theOrderOfMessagesDoesNotChangeTheReport() {
        qt().forAll(sets(), integers().all()).checkAssert((outcomes, seed) -> {
            List<Outcome> shuffled = new ArrayList<>(outcomes);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(RecognitionReport.of(shuffled)).isEqualTo(RecognitionReport.of(outcomes));
        });
    }

    @Test
    void countsAddUpToWhatWasExpectedAndReported() {
        qt().forAll(sets()).checkAssert(outcomes -> {
            RecognitionReport report = RecognitionReport.of(outcomes);
            for (PatternScore s : report.patterns()) {
                long expecting = outcomes.stream().filter(o -> o.message().patterns().contains(s.pattern())).count();
                long reporting = outcomes.stream().filter(o -> o.reported().contains(s.pattern())).count();
                assertThat(s.support()).isEqualTo(expecting);
                assertThat(s.truePositives() + s.falsePositives()).isEqualTo(reporting);
                assertThat(List.of(s.precision(), s.recall(), s.f1())).allMatch(v -> v >= 0 && v <= 1);
            }
            Set<String> ids = new TreeSet<>();
            report.patterns().forEach(s -> ids.add(s.pattern()));
            assertThat(ids).containsAll(PatternIds.BUILT_IN);
            assertThat(report.escalationCorrect() + report.escalationMissed() + report.escalationUnwanted())
                    .isEqualTo(outcomes.size());
        });
    }

    @Test
    void aReportThatAddsAFalseAlarmNeverLowersTheFalseAlarmRate() {
        qt().forAll(sets()).checkAssert(outcomes -> {
            RecognitionReport before = RecognitionReport.of(outcomes);
            List<Outcome> more = new ArrayList<>(outcomes);
            more.add(new Outcome(new LabelledMessage("calm", "en", "thanks", List.of(), false, null),
                    Set.of(PatternIds.IMPATIENT), false));
            RecognitionReport after = RecognitionReport.of(more);
            assertThat(after.falseAlarmRate()).isGreaterThanOrEqualTo(before.falseAlarmRate());
            assertThat(after.falseAlarms()).isEqualTo(before.falseAlarms() + 1);
        });
    }
}
