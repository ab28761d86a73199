package dev.clientele.training;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * L2-regularised logistic regression (liblinear's primal trust-region solver, which draws no
 * random numbers, so the same data gives the same weights) over a fixed vocabulary, and Platt
 * scaling of its decision values.
 */
final class Learner {

    /** The constant feature that carries the intercept; regularised like the rest, as liblinear does. */
    static final String BIAS = "<bias>";
    private static final double EPSILON = 0.01;

    private final List<String> vocabulary;
    private final Map<String, Integer> index = new HashMap<>();
    /** Each example's vector, made once: the cross-validation fits the same examples many times. */
    private final Map<Example, Feature[]> vectors = new IdentityHashMap<>();

    Learner(List<String> vocabulary) {
        this.vocabulary = new ArrayList<>(vocabulary);
        this.vocabulary.add(BIAS);
        for (int i = 0; i < this.vocabulary.size(); i++) {
            index.put(this.vocabulary.get(i), i + 1);
        }
        Linear.disableDebugOutput();
    }

    List<String> vocabulary() {
        return vocabulary;
    }

    /** The weights, one per vocabulary entry (the last is the intercept), of a model of {@code pattern}. */
    double[] fit(List<Example> examples, String pattern, double c) {
        double[] y = new double[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = examples.get(i).labels().contains(pattern) ? 1 : 0;
        }
        return fit(vectors(examples), y, c, vocabulary.size());
    }

    /** The decision value (log-odds before calibration) of each example. */
    double[] decisions(List<Example> examples, double[] weights) {
        double[] z = new double[examples.size()];
        Feature[][] x = vectors(examples);
        for (int i = 0; i < x.length; i++) {
            for (Feature f : x[i]) {
                z[i] += weights[f.getIndex() - 1] * f.getValue();
            }
        }
        return z;
    }

    /** Platt scaling: {@code {a, b}} such that sigmoid(a·z + b) fits the labels. */
    static double[] platt(double[] z, boolean[] positive) {
        Feature[][] x = new Feature[z.length][];
        double[] y = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            x[i] = new Feature[] {new FeatureNode(1, z[i]), new FeatureNode(2, 1.0)};
            y[i] = positive[i] ? 1 : 0;
        }
        return fit(x, y, 1000, 2);
    }

    private static double[] fit(Feature[][] x, double[] y, double c, int features) {
        Problem problem = new Problem();
        problem.l = x.length;
        problem.n = features;
        problem.x = x;
        problem.y = y;
        problem.bias = -1;
        Linear.resetRandom();
        Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, c, EPSILON));
        double[] w = model.getFeatureWeights().clone();
        // liblinear's weights speak for its first label, the label of the first example.
        if (model.getLabels()[0] != 1) {
            for (int i = 0; i < w.length; i++) {
                w[i] = -w[i];
            }
        }
        return w;
    }

    private Feature[][] vectors(List<Example> examples) {
        Feature[][] x = new Feature[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = vectors.computeIfAbsent(examples.get(i), this::vector);
        }
        return x;
    }

    private Feature[] vector(Example example) {
        TreeMap<Integer, Double> sorted = new TreeMap<>();
        for (Map.Entry<String, Double> f : example.features().entrySet()) {
            Integer k = index.get(f.getKey());
            if (k != null) {
                sorted.put(k, f.getValue());
            }
        }
        sorted.put(index.get(BIAS), 1.0);
        return sorted.entrySet().stream().map(e -> new FeatureNode(e.getKey(), e.getValue())).toArray(Feature[]::new);
    }

    static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
