package org.lstmrisk.experiments;

import java.util.Arrays;
import org.lstmrisk.lstm.Predictor;

/**
 * Feeds a network's one-step predictions back as inputs, for windows of several columns: each prediction
 * becomes column 0 (the close) of a new newest row, whose other columns (the volume) repeat the previous newest
 * row, since a future volume is not known. Confined to one thread, like its {@link Predictor}.
 */
public final class FedBackSequence {

    private final Predictor predictor;
    private final int columns;

    /** Predictions with {@code predictor}. */
    public FedBackSequence(Predictor predictor) {
        this.predictor = predictor;
        this.columns = predictor.weights().config().inputSize();
    }

    /**
     * {@code steps} predictions of column 0 starting from {@code seed}, a window of rows × columns values
     * (row-major), each fed back as described above.
     */
    public double[] predict(double[] seed, int steps) {
        if (seed.length % columns != 0 || seed.length == 0) {
            throw new IllegalArgumentException("a seed window needs a multiple of " + columns + " values, was "
                    + seed.length);
        }
        double[] window = seed.clone();
        double[] out = new double[steps];
        for (int s = 0; s < steps; s++) {
            double next = predictor.predict(window);
            out[s] = next;
            double[] newest = Arrays.copyOfRange(window, window.length - columns, window.length);
            System.arraycopy(window, columns, window, 0, window.length - columns);
            newest[0] = next;
            System.arraycopy(newest, 0, window, window.length - columns, columns);
        }
        return out;
    }
}
