package dev.clientele.core.application.evaluation;

/**
 * Precision, recall and F1 averaged over patterns, each in [0, 1].
 *
 * @param precision the averaged precision
 * @param recall    the averaged recall
 * @param f1        the averaged F1; for micro averages the F1 of the pooled counts, for macro
 *                  averages the mean of the patterns' F1
 */
public record Averages(double precision, double recall, double f1) {

    /** Nothing to average. */
    public static final Averages NONE = new Averages(0, 0, 0);

    public Averages {
        for (double v : new double[] {precision, recall, f1}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("averages must be in [0, 1], got " + precision + ", " + recall + ", " + f1);
            }
        }
    }
}
