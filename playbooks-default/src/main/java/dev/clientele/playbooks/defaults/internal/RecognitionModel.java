package dev.clientele.playbooks.defaults.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-pattern logistic regressions over {@link TurnFeatures}, with Platt scaling so that a
 * probability of 0.5 means "more likely than not". Read from a tab-separated text file that the
 * training command writes ({@code docs/model-card.md} describes it):
 * <pre>
 * format   clientele.recognition-model/1
 * version  VERSION
 * pattern  ID  bias  B  scale  A  shift  C
 * w        ID  FEATURE  WEIGHT
 * with-rules  ID
 * cv       TEXT
 * </pre>
 * where {@code with-rules} marks a pattern whose confidence is the higher of the model's and the rules',
 * and {@code cv} lines record the cross-validated scores of the training run.
 * Lines starting with {@code #} are comments. Immutable and thread-safe.
 */
public final class RecognitionModel {

    /** The first line every model file starts with. */
    public static final String FORMAT = "clientele.recognition-model/1";
    /** The model the playbook ships with, a resource of this module. */
    public static final String BUILT_IN = "/dev/clientele/playbooks/defaults/model/recognition.model";

    private final String version;
    private final List<String> patterns;
    private final double[] bias;
    private final double[] scale;
    private final double[] shift;
    private final Map<String, double[]> weights;
    private final List<String> summary;
    private final Set<String> withRules;

    private RecognitionModel(String version, List<String> patterns, double[] bias, double[] scale, double[] shift,
                             Map<String, double[]> weights, List<String> summary, Set<String> withRules) {
        this.summary = List.copyOf(summary);
        this.withRules = Set.copyOf(withRules);
        this.version = version;
        this.patterns = List.copyOf(patterns);
        this.bias = bias;
        this.scale = scale;
        this.shift = shift;
        this.weights = weights;
    }

    /** The model shipped inside this module. */
    public static RecognitionModel builtIn() {
        try (InputStream in = RecognitionModel.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("recognition model " + BUILT_IN + " is missing from the playbook's jar");
            }
            return read(in, BUILT_IN);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read recognition model " + BUILT_IN + ": " + e.getMessage(), e);
        }
    }

    /** A model from a file, for a host that trained its own. */
    public static RecognitionModel of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read recognition model " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model, failing with a message that names {@code name} and the line for anything
     * that is not a well-formed model: a model half read would give confident nonsense.
     */
    static RecognitionModel read(InputStream in, String name) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        String version = null;
        List<String> patterns = new ArrayList<>();
        List<double[]> heads = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, double[]> weights = new HashMap<>();
        List<String> summary = new ArrayList<>();
        Set<String> withRules = new HashSet<>();
        int number = 0;
        try {
            String line = lines.readLine();
            number++;
            if (line == null || !line.strip().equals("format\t" + FORMAT)) {
                throw corrupt(name, number, "the first line must be 'format<TAB>" + FORMAT + "'");
            }
            for (line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "version" -> {
                        expect(f, 2, name, number);
                        version = f[1];
                    }
                    case "pattern" -> {
                        expect(f, 8, name, number);
                        if (!weights.isEmpty() || index.containsKey(f[1])) {
                            throw corrupt(name, number, "patterns are declared once each, before the weights");
                        }
                        index.put(f[1], patterns.size());
                        patterns.add(f[1]);
                        heads.add(new double[] {number(f[3], name, number), number(f[5], name, number),
                                number(f[7], name, number)});
                    }
                    case "w" -> {
                        expect(f, 4, name, number);
                        Integer p = index.get(f[1]);
                        if (p == null) {
                            throw corrupt(name, number, "weight for undeclared pattern '" + f[1] + "'");
                        }
                        weights.computeIfAbsent(f[2], k -> new double[patterns.size()])[p] = number(f[3], name, number);
                    }
                    case "with-rules" -> {
                        expect(f, 2, name, number);
                        if (!index.containsKey(f[1])) {
                            throw corrupt(name, number, "with-rules for undeclared pattern '" + f[1] + "'");
                        }
                        withRules.add(f[1]);
                    }
                    case "cv" -> {
                        expect(f, 2, name, number);
                        summary.add(f[1]);
                    }
                    default -> throw corrupt(name, number, "unknown record '" + f[0] + "'");
                }
            }
        } catch (CharacterCodingException e) {
            throw corrupt(name, number + 1, "not UTF-8 text");
        }
        if (version == null || patterns.isEmpty() || weights.isEmpty()) {
            throw corrupt(name, number, "the file ends before a version, a pattern and its weights");
        }
        double[] bias = new double[patterns.size()];
        double[] scale = new double[patterns.size()];
        double[] shift = new double[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            bias[i] = heads.get(i)[0];
            scale[i] = heads.get(i)[1];
            shift[i] = heads.get(i)[2];
        }
        return new RecognitionModel(version, patterns, bias, scale, shift, weights, summary, withRules);
    }

    private static void expect(String[] fields, int count, String name, int line) {
        if (fields.length != count) {
            throw corrupt(name, line, "expected " + count + " tab-separated fields, found " + fields.length);
        }
    }

    private static double number(String text, String name, int line) {
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below, with the line
        }
        throw corrupt(name, line, "'" + text + "' is not a finite number");
    }

    private static IllegalStateException corrupt(String name, int line, String why) {
        return new IllegalStateException("recognition model " + name + " line " + line + ": " + why);
    }

    /** The model's version, as its training run wrote it. */
    public String version() {
        return version;
    }

    /** The version and the cross-validated scores its training run recorded, one line each. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("recognition model version " + version + ", scoring " + patterns);
        lines.addAll(summary);
        return lines;
    }

    /** The patterns this model scores, in its own order. */
    public List<String> patterns() {
        return patterns;
    }

    /** Whether the rules' confidence for {@code pattern} stands beside the model's, the higher counting. */
    boolean withRules(String pattern) {
        return withRules.contains(pattern);
    }

    /** Whether the model scores {@code pattern}. */
    boolean scores(String pattern) {
        return patterns.contains(pattern);
    }

    /** The calibrated probability of each pattern the model scores for one turn's features. */
    Map<String, Double> probabilities(TurnFeatures features) {
        double[] z = bias.clone();
        double[] words = features.words().sums(this, w -> {
            double[] sums = new double[bias.length];
            add(w.values(), sums);
            return sums;
        });
        for (int p = 0; p < z.length; p++) {
            z[p] += words[p];
        }
        add(features.context(), z);
        Map<String, Double> result = new LinkedHashMap<>();
        for (int p = 0; p < z.length; p++) {
            result.put(patterns.get(p), 1 / (1 + Math.exp(-(scale[p] * z[p] + shift[p]))));
        }
        return result;
    }

    private void add(Map<String, Double> features, double[] z) {
        for (Map.Entry<String, Double> f : features.entrySet()) {
            double[] w = weights.get(f.getKey());
            if (w != null) {
                for (int p = 0; p < z.length; p++) {
                    z[p] += w[p] * f.getValue();
                }
            }
        }
    }

    /**
     * The word features of a turn that raised {@code pattern} most, strongest first, at most {@code limit}:
     * what an observation quotes as its evidence.
     */
    List<String> strongest(String pattern, WordFeatures features, int limit) {
        int p = patterns.indexOf(pattern);
        if (p < 0) {
            return List.of();
        }
        List<Map.Entry<String, Double>> contributions = new ArrayList<>();
        for (Map.Entry<String, Double> f : features.values().entrySet()) {
            double[] w = weights.get(f.getKey());
            if (w != null && w[p] > 0 && features.spans().containsKey(f.getKey())) {
                contributions.add(Map.entry(f.getKey(), w[p] * f.getValue()));
            }
        }
        contributions.sort(Map.Entry.<String, Double>comparingByValue(Collections.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return contributions.stream().limit(limit).map(Map.Entry::getKey).toList();
    }
}
