package dev.clientele.training;

import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.defaults.internal.RecognitionModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the built-in recognition model: one logistic regression per pattern with enough examples,
 * its regularisation chosen by grouped cross-validation, calibrated by Platt scaling, and writes
 * the model and a report of the cross-validated scores. Deterministic: the same data and seed give
 * the same bytes.
 *
 * <pre>
 * java -cp ... dev.clientele.training.RecognitionTraining --train ../shared/data/labelled/train.jsonl \
 *     --corpus training/corpus --model playbooks-default/src/main/resources/.../recognition.model \
 *     --report docs/quality/recognition-training.md
 * </pre>
 */
public final class RecognitionTraining {

    /** The regularisation strengths tried; liblinear's C (larger fits the training data more closely). */
    static final double[] C_GRID = {0.3, 1, 3, 10};
    /** A pattern needs this many positive turns to be learnt; the rules keep the others. */
    static final int MIN_POSITIVES = 15;
    /** A feature must occur in this many turns to enter the vocabulary. */
    static final int MIN_COUNT = 2;
    static final int FOLDS = 5;
    static final long SEED = 20261203L;

    private RecognitionTraining() {
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        Path train = Path.of(options.getOrDefault("--train", "../shared/data/labelled/train.jsonl"));
        Path corpus = Path.of(options.getOrDefault("--corpus", "training/corpus"));
        Path model = Path.of(options.getOrDefault("--model",
                "playbooks-default/src/main/resources" + RecognitionModel.BUILT_IN));
        Path report = Path.of(options.getOrDefault("--report", "docs/quality/recognition-training.md"));
        Result result = train(train, corpus);
        write(model, result.model());
        write(report, result.report());
        System.out.println("model: " + model + " (" + result.patterns() + ")");
        System.out.println("report: " + report);
    }

    /** What one training run produced. */
    record Result(String model, String report, List<String> patterns) {
    }

    static Result train(Path trainFile, Path corpus) {
        List<Example> examples;
        try (Examples reader = new Examples()) {
            examples = new ArrayList<>(reader.messages(trainFile));
            if (Files.isDirectory(corpus)) {
                examples.addAll(reader.conversations(corpus));
            }
        }
        Learner learner = new Learner(vocabulary(examples));
        Map<String, Integer> fold = folds(examples);
        List<String> patterns = new ArrayList<>();
        Map<String, Fitted> fitted = new LinkedHashMap<>();
        Report report = new Report(trainFile, corpus, examples, learner.vocabulary().size());
        for (String pattern : PatternIds.BUILT_IN) {
            long positives = examples.stream().filter(e -> e.labels().contains(pattern)).count();
            if (positives < MIN_POSITIVES) {
                report.skipped(pattern, positives);
                continue;
            }
            boolean[] positive = positives(examples, pattern);
            double[] ruleScores = new double[examples.size()];
            for (int i = 0; i < ruleScores.length; i++) {
                ruleScores[i] = rules(examples.get(i), pattern);
            }
            double rules = Scores.of(ruleScores, positive).f1();
            // Never more false alarms on real messages than the rules give, whatever the budget allows.
            int budget = Math.max(alarmBudget(examples, pattern), alarms(examples, ruleScores));
            Fitted best = null;
            for (double c : C_GRID) {
                Fitted f = crossValidate(learner, examples, fold, pattern, c);
                double[] either = either(examples, pattern, f.probabilities());
                for (Fitted candidate : List.of(f, new Fitted(c, f.platt(), either,
                        Scores.of(either, positive).f1(), null, true))) {
                    int alarms = alarms(examples, candidate.probabilities());
                    report.tried(pattern, c, candidate.withRules(), candidate.f1(), alarms);
                    if (better(candidate, alarms, best, best == null ? 0 : alarms(examples, best.probabilities()), budget)) {
                        best = candidate;
                    }
                }
            }
            int ruleAlarms = alarms(examples, ruleScores);
            int bestAlarms = alarms(examples, best.probabilities());
            boolean rulesWithin = ruleAlarms <= budget;
            boolean bestWithin = bestAlarms <= budget;
            if (rulesWithin && (!bestWithin || best.f1() <= rules) || !rulesWithin && !bestWithin && ruleAlarms <= bestAlarms) {
                report.keptRules(pattern, best.f1(), rules);
                continue;
            }
            boolean withRules = best.withRules();
            double[] weights = learner.fit(examples, pattern, best.c());
            best = new Fitted(best.c(), best.platt(), best.probabilities(), best.f1(), weights, withRules);
            fitted.put(pattern, best);
            report.combined(pattern, best.f1(), rules, withRules);
            patterns.add(pattern);
            report.chosen(pattern, best, examples);
        }
        report.leaveOneDomainOut(learner, examples, fitted);
        return new Result(modelText(learner, fitted, report.summary()), report.text(), patterns);
    }

    /**
     * A pattern's model: its regularisation, calibration, cross-validated probabilities and weights,
     * and whether the rules' confidence stands beside it (the higher of the two counts).
     */
    record Fitted(double c, double[] platt, double[] probabilities, double f1, double[] weights, boolean withRules) {
    }

    private static Fitted crossValidate(Learner learner, List<Example> examples, Map<String, Integer> fold,
                                        String pattern, double c) {
        double[] z = new double[examples.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<Example> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (fold.get(examples.get(i).group()) == k) {
                    out.add(i);
                } else {
                    in.add(examples.get(i));
                }
            }
            double[] w = learner.fit(in, pattern, c);
            double[] held = learner.decisions(out.stream().map(examples::get).toList(), w);
            for (int j = 0; j < out.size(); j++) {
                z[out.get(j)] = held[j];
            }
        }
        boolean[] positive = new boolean[examples.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = examples.get(i).labels().contains(pattern);
        }
        double[] platt = Learner.platt(z, positive);
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Learner.sigmoid(platt[0] * z[i] + platt[1]);
        }
        return new Fitted(c, platt, p, Scores.of(p, positive).f1(), null, false);
    }

    /**
     * Whether a candidate beats the best so far: within the false-alarm budget, by F1; a candidate
     * over the budget never beats one within it.
     */
    private static boolean better(Fitted candidate, int alarms, Fitted best, int bestAlarms, int budget) {
        if (best == null) {
            return true;
        }
        if ((alarms <= budget) != (bestAlarms <= budget)) {
            return alarms <= budget;
        }
        return alarms <= budget ? candidate.f1() > best.f1() + 1e-9 : alarms < bestAlarms;
    }

    /**
     * How many real messages that show no pattern at all a pattern learnt mostly from the project's
     * own conversations may alarm on: a fifth of a percent, so that the ten rare patterns together
     * stay within one percent of ordinary messages, or as many as the rules alone alarm on. Written conversations cannot show how such a
     * pattern's words occur in real messages, so the real ones hold it back. A pattern with enough
     * real examples has no such budget: its real false alarms are already in its F1.
     */
    static int alarmBudget(List<Example> examples, String pattern) {
        long real = examples.stream().filter(e -> !e.source().equals("corpus") && e.labels().contains(pattern)).count();
        return real >= MIN_POSITIVES ? Integer.MAX_VALUE : (int) Math.floor(0.002 * quietMessages(examples));
    }

    private static long quietMessages(List<Example> examples) {
        return examples.stream().filter(e -> !e.source().equals("corpus") && e.labels().isEmpty()).count();
    }

    /** Real messages with no pattern that the probabilities alarm on, at 0.5. */
    private static int alarms(List<Example> examples, double[] p) {
        int alarms = 0;
        for (int i = 0; i < p.length; i++) {
            Example e = examples.get(i);
            if (p[i] >= 0.5 && !e.source().equals("corpus") && e.labels().isEmpty()) {
                alarms++;
            }
        }
        return alarms;
    }

    /** The rules' confidence for the conversation up to this turn. */
    private static double rules(Example e, String pattern) {
        return e.features().getOrDefault("rc:" + pattern, 0.0);
    }

    /** The higher of the model's probability and the rules' confidence, turn by turn. */
    private static double[] either(List<Example> examples, String pattern, double[] model) {
        double[] p = new double[model.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(model[i], rules(examples.get(i), pattern));
        }
        return p;
    }

    private static boolean[] positives(List<Example> examples, String pattern) {
        boolean[] positive = new boolean[examples.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = examples.get(i).labels().contains(pattern);
        }
        return positive;
    }

    /** Every feature seen in at least {@link #MIN_COUNT} turns, sorted. */
    private static List<String> vocabulary(List<Example> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (String f : e.features().keySet()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** Each group (a message, or a whole conversation) in one fold, drawn with a fixed seed. */
    static Map<String, Integer> folds(List<Example> examples) {
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::group).toList()));
        Collections.shuffle(groups, new Random(SEED));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            fold.put(groups.get(i), i % FOLDS);
        }
        return fold;
    }

    private static String modelText(Learner learner, Map<String, Fitted> fitted, List<String> summary) {
        StringBuilder out = new StringBuilder();
        out.append("format\t").append(RecognitionModel.FORMAT).append('\n');
        out.append("# Trained by dev.clientele.training.RecognitionTraining; see docs/model-card.md.\n");
        out.append("version\t1\n");
        for (String line : summary) {
            out.append("cv\t").append(line).append('\n');
        }
        List<String> vocabulary = learner.vocabulary();
        int bias = vocabulary.size() - 1;
        for (Map.Entry<String, Fitted> e : fitted.entrySet()) {
            Fitted f = e.getValue();
            out.append("pattern\t").append(e.getKey()).append("\tbias\t").append(number(f.weights()[bias]))
                    .append("\tscale\t").append(number(f.platt()[0])).append("\tshift\t").append(number(f.platt()[1]))
                    .append('\n');
            if (f.withRules()) {
                out.append("with-rules\t").append(e.getKey()).append('\n');
            }
        }
        for (Map.Entry<String, Fitted> e : fitted.entrySet()) {
            double[] w = e.getValue().weights();
            TreeMap<String, Double> sorted = new TreeMap<>();
            for (int i = 0; i < bias; i++) {
                // Weights under 0.02 moved one development message in 417 when left out, and cut the file from 6 MB to 2.7 MB
                // and the start-up memory by about 75 MB; the cross-validated scores are of the unpruned model.
                if (Math.abs(w[i]) >= 2e-2) {
                    sorted.put(vocabulary.get(i), w[i]);
                }
            }
            sorted.forEach((feature, weight) -> out.append("w\t").append(e.getKey()).append('\t').append(feature)
                    .append('\t').append(number(weight)).append('\n'));
        }
        return out.toString();
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!Set.of("--train", "--corpus", "--model", "--report").contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]
                        + "; expected --train FILE --corpus DIR --model FILE --report FILE");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
