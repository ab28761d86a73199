package dev.clientele.training;

/** Counts of one binary decision at probability 0.5, and what follows from them. */
record Scores(int truePositives, int falsePositives, int falseNegatives) {

    static Scores of(double[] probabilities, boolean[] positive) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < probabilities.length; i++) {
            boolean said = probabilities[i] >= 0.5;
            if (said && positive[i]) {
                tp++;
            } else if (said) {
                fp++;
            } else if (positive[i]) {
                fn++;
            }
        }
        return new Scores(tp, fp, fn);
    }

    Scores plus(Scores o) {
        return new Scores(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    double precision() {
        return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
        return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Expected calibration error over ten equal-width bins of probability. */
    static double calibrationError(double[] probabilities, boolean[] positive) {
        double[][] bins = reliability(probabilities, positive);
        double error = 0;
        for (double[] b : bins) {
            if (b[0] > 0) {
                error += b[0] / probabilities.length * Math.abs(b[1] - b[2]);
            }
        }
        return error;
    }

    /** For each of ten bins: how many, their mean probability, the share that was positive. */
    static double[][] reliability(double[] probabilities, boolean[] positive) {
        double[][] bins = new double[10][3];
        for (int i = 0; i < probabilities.length; i++) {
            int b = Math.min(9, (int) (probabilities[i] * 10));
            bins[b][0]++;
            bins[b][1] += probabilities[i];
            bins[b][2] += positive[i] ? 1 : 0;
        }
        for (double[] b : bins) {
            if (b[0] > 0) {
                b[1] /= b[0];
                b[2] /= b[0];
            }
        }
        return bins;
    }
}
