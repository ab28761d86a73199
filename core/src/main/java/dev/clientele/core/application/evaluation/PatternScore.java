package dev.clientele.core.application.evaluation;

/**
 * How well one pattern was recognised over a labelled set.
 *
 * <p>Precision is 0 when the pattern was never reported, recall is 0 when it was never expected,
 * and F1 is 0 when both precision and recall are 0: an undefined ratio counts as a miss, never
 * as a success.
 *
 * @param pattern        the pattern id
 * @param truePositives  messages where it was expected and reported
 * @param falsePositives messages where it was reported but not expected
 * @param falseNegatives messages where it was expected but not reported
 */
public record PatternScore(String pattern, int truePositives, int falsePositives, int falseNegatives) {

    public PatternScore {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a pattern score needs a pattern id");
        }
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts of " + pattern + " must not be negative");
        }
    }

    /** Messages where the pattern was expected. */
    public int support() {
        return truePositives + falseNegatives;
    }

    /** Share of the reports that were right. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of the expected occurrences that were reported. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        return f1(precision(), recall());
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
