package dev.clientele.core.application.evaluation;

import dev.clientele.playbooks.api.PatternIds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well the engine recognised patterns and wishes to escalate over a labelled set.
 *
 * @param messages               messages scored
 * @param patterns               one score per pattern: the twelve built-ins in their documented order,
 *                               then any other pattern expected or reported, by id; immutable
 * @param micro                  precision, recall and F1 of the counts pooled over all patterns
 * @param macro                  the means over patterns with support greater than zero
 * @param messagesWithoutPattern messages on which people saw no pattern
 * @param falseAlarms            of those, messages on which the engine reported something
 * @param escalationCorrect      messages where the engine's escalation matched the wish to escalate
 * @param escalationMissed       messages where the customer wanted escalation and the engine did not recommend it
 * @param escalationUnwanted     messages where the engine recommended escalation nobody asked for
 */
public record RecognitionReport(int messages, List<PatternScore> patterns, Averages micro, Averages macro,
                                int messagesWithoutPattern, int falseAlarms,
                                int escalationCorrect, int escalationMissed, int escalationUnwanted) {

    public RecognitionReport {
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(micro, "micro");
        Objects.requireNonNull(macro, "macro");
        if (messages < 0 || falseAlarms < 0 || falseAlarms > messagesWithoutPattern || messagesWithoutPattern > messages) {
            throw new IllegalArgumentException("false alarms <= messages without pattern <= messages must hold, got "
                    + falseAlarms + ", " + messagesWithoutPattern + ", " + messages);
        }
        if (escalationCorrect < 0 || escalationMissed < 0 || escalationUnwanted < 0
                || escalationCorrect + escalationMissed + escalationUnwanted != messages) {
            throw new IllegalArgumentException("every message is either a correct, missed or unwanted escalation");
        }
    }

    /** Scores the outcomes; an empty list gives a report of zeros. */
    public static RecognitionReport of(List<Outcome> outcomes) {
        Set<String> ids = new LinkedHashSet<>(PatternIds.BUILT_IN);
        Set<String> others = new TreeSet<>();
        for (Outcome o : outcomes) {
            others.addAll(o.message().patterns());
            others.addAll(o.reported());
        }
        ids.addAll(others);

        List<PatternScore> scores = new ArrayList<>(ids.size());
        int tpAll = 0;
        int fpAll = 0;
        int fnAll = 0;
        for (String id : ids) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome o : outcomes) {
                boolean expected = o.message().patterns().contains(id);
                boolean reported = o.reported().contains(id);
                if (expected && reported) {
                    tp++;
                } else if (reported) {
                    fp++;
                } else if (expected) {
                    fn++;
                }
            }
            scores.add(new PatternScore(id, tp, fp, fn));
            tpAll += tp;
            fpAll += fp;
            fnAll += fn;
        }
        double microPrecision = PatternScore.ratio(tpAll, tpAll + fpAll);
        double microRecall = PatternScore.ratio(tpAll, tpAll + fnAll);
        Averages micro = new Averages(microPrecision, microRecall, PatternScore.f1(microPrecision, microRecall));

        int withoutPattern = 0;
        int alarms = 0;
        int correct = 0;
        int missed = 0;
        int unwanted = 0;
        for (Outcome o : outcomes) {
            if (o.message().patterns().isEmpty()) {
                withoutPattern++;
                if (!o.reported().isEmpty()) {
                    alarms++;
                }
            }
            if (o.escalated() == o.message().wantsEscalation()) {
                correct++;
            } else if (o.message().wantsEscalation()) {
                missed++;
            } else {
                unwanted++;
            }
        }
        return new RecognitionReport(outcomes.size(), scores, micro, macro(scores), withoutPattern, alarms,
                correct, missed, unwanted);
    }

    private static Averages macro(List<PatternScore> scores) {
        double precision = 0;
        double recall = 0;
        double f1 = 0;
        int counted = 0;
        for (PatternScore s : scores) {
            if (s.support() > 0) {
                precision += s.precision();
                recall += s.recall();
                f1 += s.f1();
                counted++;
            }
        }
        // Rounding of a sum of values in [0, 1] divided by their count cannot leave [0, 1] by more than an ulp.
        return counted == 0 ? Averages.NONE
                : new Averages(Math.min(1, precision / counted), Math.min(1, recall / counted), Math.min(1, f1 / counted));
    }

    /** The score of one pattern, if it is built in or occurred in the set. */
    public Optional<PatternScore> pattern(String id) {
        return patterns.stream().filter(p -> p.pattern().equals(id)).findFirst();
    }

    /** Share of the messages with no pattern on which the engine reported one; 0 when there were none. */
    public double falseAlarmRate() {
        return PatternScore.ratio(falseAlarms, messagesWithoutPattern);
    }

    /** Share of the messages where the engine's escalation matched the wish to escalate; 0 for no messages. */
    public double escalationAccuracy() {
        return PatternScore.ratio(escalationCorrect, messages);
    }

    /** The report as a plain-text table, one pattern a line, for people reading a terminal or a log. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Recognition over %d labelled messages%n%n", messages));
        out.append(String.format(Locale.ROOT, "%-18s %9s %7s %7s %8s %9s%n",
                "pattern", "precision", "recall", "F1", "support", "reported"));
        for (PatternScore s : patterns) {
            out.append(String.format(Locale.ROOT, "%-18s %9.3f %7.3f %7.3f %8d %9d%n", s.pattern(), s.precision(),
                    s.recall(), s.f1(), s.support(), s.truePositives() + s.falsePositives()));
        }
        out.append(String.format(Locale.ROOT, "%-18s %9.3f %7.3f %7.3f%n", "micro", micro.precision(), micro.recall(), micro.f1()));
        out.append(String.format(Locale.ROOT, "%-18s %9.3f %7.3f %7.3f%n", "macro (support>0)", macro.precision(),
                macro.recall(), macro.f1()));
        out.append(String.format(Locale.ROOT, "%nfalse alarms: %d of %d messages with no pattern (%.1f%%)%n",
                falseAlarms, messagesWithoutPattern, 100 * falseAlarmRate()));
        out.append(String.format(Locale.ROOT, "escalation accuracy: %.3f (%d of %d; %d missed, %d unwanted)%n",
                escalationAccuracy(), escalationCorrect, messages, escalationMissed, escalationUnwanted));
        return out.toString();
    }

    /**
     * A report per language and per source of the outcomes, keyed {@code "language pl"},
     * {@code "source airline-tweets"}, sorted; messages without a language or source are left out
     * of that slice.
     */
    public static Map<String, RecognitionReport> bySlice(List<Outcome> outcomes) {
        Map<String, List<Outcome>> slices = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (o.message().language() != null) {
                slices.computeIfAbsent("language " + o.message().language(), k -> new ArrayList<>()).add(o);
            }
            if (o.message().source() != null) {
                slices.computeIfAbsent("source " + o.message().source(), k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, RecognitionReport> reports = new LinkedHashMap<>();
        slices.forEach((slice, list) -> reports.put(slice, of(list)));
        return reports;
    }

    /** One line of a slice's micro scores and false alarms, under the header {@link #SLICE_HEADER}. */
    public String toSliceLine(String slice) {
        return String.format(Locale.ROOT, "%-28s %8d %9.3f %7.3f %7.3f %14s%n", slice, messages, micro.precision(),
                micro.recall(), micro.f1(), String.format(Locale.ROOT, "%d of %d", falseAlarms, messagesWithoutPattern));
    }

    /** The header of {@link #toSliceLine} lines. */
    public static final String SLICE_HEADER = String.format(Locale.ROOT, "%-28s %8s %9s %7s %7s %14s%n",
            "slice", "messages", "precision", "recall", "F1", "false alarms");
}
