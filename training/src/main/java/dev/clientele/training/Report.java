package dev.clientele.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The Markdown report of one training run: data, choices, cross-validated scores, calibration, domains. */
final class Report {

    private final StringBuilder head = new StringBuilder();
    private final StringBuilder tuning = new StringBuilder();
    private final StringBuilder patterns = new StringBuilder();
    private final StringBuilder skipped = new StringBuilder();
    private final StringBuilder domains = new StringBuilder();
    private final StringBuilder combination = new StringBuilder(
            "## Model and rules\n\nFor each learnt pattern, the rules' own cross-validated F1 and what decides it.\n\n"
            + "| pattern | rules' F1 | decided by |\n|---|---|---|\n");
    private final List<Example> examples;
    private final Map<String, double[]> probabilities = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    Report(Path train, Path corpus, List<Example> examples, int vocabulary) {
        this.examples = examples;
        long messages = examples.stream().filter(e -> !e.source().equals("corpus")).count();
        long conversations = examples.stream().filter(e -> e.source().equals("corpus")).map(Example::group).distinct().count();
        long corpusTurns = examples.size() - messages;
        head.append("# Recognition model: training report\n\n")
                .append("Written by `dev.clientele.training.RecognitionTraining` (see `docs/model-card.md`); do not edit.\n\n")
                .append(String.format(Locale.ROOT, "- labelled messages: %d (`%s`)%n", messages, train.getFileName()))
                .append(String.format(Locale.ROOT, "- the project's conversations: %d, with %d customer turns (`%s`)%n",
                        conversations, corpusTurns, corpus))
                .append(String.format(Locale.ROOT, "- features in the vocabulary: %d; %d-fold cross-validation, grouped by message or conversation, seed %d%n%n",
                        vocabulary, RecognitionTraining.FOLDS, RecognitionTraining.SEED));
        tuning.append("## Choices tried (cross-validated F1 at 0.5, and alarms on real messages that show no pattern)\n\n")
                .append("A pattern learnt mostly from the project's own conversations may alarm on at most 0.2% of the real\n")
                .append("messages without a pattern; within that, the highest F1 wins.\n\n| pattern | C | decided by | F1 | alarms |\n|---|---|---|---|---|\n");
        patterns.append("## Cross-validated scores per pattern (customer turns, probability ≥ 0.5)\n\n")
                .append("| pattern | positives | C | precision | recall | F1 | ECE |\n|---|---|---|---|---|---|---|\n");
    }

    void skipped(String pattern, long positives) {
        skipped.append(String.format(Locale.ROOT, "- `%s`: %d positive turns, fewer than %d; the rules decide it%n",
                pattern, positives, RecognitionTraining.MIN_POSITIVES));
    }

    void keptRules(String pattern, double model, double rules) {
        skipped.append(String.format(Locale.ROOT,
                "- `%s`: the best choice within the false-alarm budget (F1 %.3f) is no better than the rules' %.3f, "
                        + "or none keeps within it; the rules decide it%n", pattern, model, rules));
    }

    void combined(String pattern, double f1, double rules, boolean withRules) {
        combination.append(String.format(Locale.ROOT, "| %s | %.3f | %s |%n", pattern, rules,
                withRules ? "model or rules, whichever is higher (F1 " + String.format(Locale.ROOT, "%.3f", f1) + ")" : "model alone"));
    }

    void tried(String pattern, double c, boolean withRules, double f1, int alarms) {
        tuning.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %d |%n", pattern, c,
                withRules ? "model or rules" : "model", f1, alarms));
    }

    void chosen(String pattern, RecognitionTraining.Fitted f, List<Example> all) {
        boolean[] positive = positives(all, pattern);
        Scores s = Scores.of(f.probabilities(), positive);
        long positives = all.stream().filter(e -> e.labels().contains(pattern)).count();
        patterns.append(String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f | %.3f | %.3f |%n", pattern, positives,
                f.c(), s.precision(), s.recall(), s.f1(), Scores.calibrationError(f.probabilities(), positive)));
        probabilities.put(pattern, f.probabilities());
        summary.add(String.format(Locale.ROOT, "%-14s precision %.3f  recall %.3f  F1 %.3f  (%d positive turns, %d-fold)",
                pattern, s.precision(), s.recall(), s.f1(), positives, RecognitionTraining.FOLDS));
    }

    /** One line per learnt pattern with its cross-validated scores, for the model file. */
    List<String> summary() {
        return summary;
    }

    private static boolean[] positives(List<Example> all, String pattern) {
        boolean[] positive = new boolean[all.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = all.get(i).labels().contains(pattern);
        }
        return positive;
    }

    /** Trains without each domain of the conversations in turn and scores whole conversations of that domain. */
    void leaveOneDomainOut(Learner learner, List<Example> all, Map<String, RecognitionTraining.Fitted> fitted) {
        TreeSet<String> names = new TreeSet<>();
        all.stream().filter(e -> e.source().equals("corpus")).forEach(e -> names.add(e.domain()));
        if (names.isEmpty() || fitted.isEmpty()) {
            return;
        }
        Map<String, Scores> byPattern = new TreeMap<>();
        for (String domain : names) {
            List<Example> in = all.stream().filter(e -> !e.domain().equals(domain)).toList();
            List<Example> out = all.stream().filter(e -> e.domain().equals(domain)).toList();
            for (Map.Entry<String, RecognitionTraining.Fitted> f : fitted.entrySet()) {
                String pattern = f.getKey();
                double[] w = learner.fit(in, pattern, f.getValue().c());
                double[] z = learner.decisions(out, w);
                Map<String, Double> best = new LinkedHashMap<>();
                Map<String, Boolean> truth = new LinkedHashMap<>();
                for (int i = 0; i < out.size(); i++) {
                    double p = Learner.sigmoid(f.getValue().platt()[0] * z[i] + f.getValue().platt()[1]);
                    if (f.getValue().withRules()) {
                        p = Math.max(p, out.get(i).features().getOrDefault("rc:" + pattern, 0.0));
                    }
                    best.merge(out.get(i).group(), p, Math::max);
                    truth.put(out.get(i).group(), out.get(i).conversationLabels().contains(pattern));
                }
                double[] p = best.values().stream().mapToDouble(Double::doubleValue).toArray();
                boolean[] positive = new boolean[p.length];
                List<Boolean> t = new ArrayList<>(truth.values());
                for (int i = 0; i < positive.length; i++) {
                    positive[i] = t.get(i);
                }
                byPattern.merge(pattern, Scores.of(p, positive), Scores::plus);
            }
        }
        domains.append("## Leave one domain out (the project's conversations, whole conversations)\n\n")
                .append("Trained on the labelled messages and every other domain's conversations, scored on the\n")
                .append("conversations of the domain left out; counts summed over the domains ")
                .append(names).append(".\n\n| pattern | precision | recall | F1 | true positives |\n|---|---|---|---|---|\n");
        byPattern.forEach((pattern, s) -> domains.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d |%n",
                pattern, s.precision(), s.recall(), s.f1(), s.truePositives())));
        domains.append('\n');
    }

    String text() {
        StringBuilder out = new StringBuilder(head);
        out.append(patterns).append('\n');
        out.append(combination).append('\n');
        out.append(breakdown());
        out.append(reliability());
        if (!skipped.isEmpty()) {
            out.append("## Patterns left to the rules\n\n").append(skipped).append('\n');
        }
        out.append(domains);
        out.append(tuning).append('\n');
        return out.toString();
    }

    /** Micro scores over the learnt patterns and false alarms, per language and per source of the messages. */
    private String breakdown() {
        StringBuilder out = new StringBuilder("## Per language and per source (cross-validated, learnt patterns)\n\n")
                .append("| slice | turns | micro precision | micro recall | micro F1 | false alarms on turns with no pattern |\n")
                .append("|---|---|---|---|---|---|\n");
        Map<String, List<Integer>> slices = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            slices.computeIfAbsent("language " + examples.get(i).language(), k -> new ArrayList<>()).add(i);
            slices.computeIfAbsent("source " + examples.get(i).source(), k -> new ArrayList<>()).add(i);
        }
        slices.forEach((slice, rows) -> {
            Scores s = new Scores(0, 0, 0);
            int quiet = 0;
            int alarms = 0;
            for (int i : rows) {
                boolean any = false;
                for (Map.Entry<String, double[]> e : probabilities.entrySet()) {
                    boolean said = e.getValue()[i] >= 0.5;
                    boolean truth = examples.get(i).labels().contains(e.getKey());
                    s = s.plus(new Scores(said && truth ? 1 : 0, said && !truth ? 1 : 0, !said && truth ? 1 : 0));
                    any |= said;
                }
                if (examples.get(i).labels().isEmpty()) {
                    quiet++;
                    alarms += any ? 1 : 0;
                }
            }
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d of %d (%.1f%%) |%n", slice, rows.size(),
                    s.precision(), s.recall(), s.f1(), alarms, quiet, quiet == 0 ? 0 : 100.0 * alarms / quiet));
        });
        return out.append('\n').toString();
    }

    /** The reliability table of every learnt pattern's probabilities pooled. */
    private String reliability() {
        List<Double> p = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        probabilities.forEach((pattern, values) -> {
            for (int i = 0; i < values.length; i++) {
                p.add(values[i]);
                y.add(examples.get(i).labels().contains(pattern));
            }
        });
        double[] pa = p.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] ya = new boolean[pa.length];
        for (int i = 0; i < ya.length; i++) {
            ya[i] = y.get(i);
        }
        StringBuilder out = new StringBuilder("## Calibration (cross-validated, every learnt pattern pooled)\n\n")
                .append(String.format(Locale.ROOT, "Expected calibration error: **%.3f** over %d predictions.%n%n",
                        Scores.calibrationError(pa, ya), pa.length))
                .append("| probability | predictions | mean predicted | observed share |\n|---|---|---|---|\n");
        double[][] bins = Scores.reliability(pa, ya);
        for (int b = 0; b < bins.length; b++) {
            out.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f |%n", b / 10.0, (b + 1) / 10.0,
                    (int) bins[b][0], bins[b][1], bins[b][2]));
        }
        return out.append('\n').toString();
    }
}
