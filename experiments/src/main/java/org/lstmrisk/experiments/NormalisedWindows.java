package org.lstmrisk.experiments;

import org.lstmrisk.lstm.SequenceDataset;

/**
 * The tutorial's samples: for each start s in [from, to − window) (the tutorial's range, which leaves out the
 * last possible window), rows s .. s+window−1 normalised by row s; the first window − 1 rows are the inputs and
 * the last row's normalised close (column 0) is the target. Stateless.
 */
public final class NormalisedWindows {

    private NormalisedWindows() {
    }

    /** The samples of the rows [from, to), row-major (step, then column). */
    public static SequenceDataset of(double[][] rows, int from, int to, int window) {
        int n = to - from - window;
        if (n < 1) {
            throw new IllegalArgumentException("rows [" + from + ", " + to + ") hold no window of " + window);
        }
        int columns = rows[from].length;
        int steps = window - 1;
        double[] inputs = new double[n * steps * columns];
        double[] targets = new double[n];
        for (int i = 0; i < n; i++) {
            double[][] w = WindowNormaliser.normalise(rows, from + i, window);
            for (int t = 0; t < steps; t++) {
                System.arraycopy(w[t], 0, inputs, (i * steps + t) * columns, columns);
            }
            targets[i] = w[window - 1][0];
        }
        return new SequenceDataset(inputs, targets, steps, columns);
    }
}
