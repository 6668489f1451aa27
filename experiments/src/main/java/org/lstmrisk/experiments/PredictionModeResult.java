package org.lstmrisk.experiments;

/**
 * One prediction mode of the S&amp;P 500 experiment on the test slice. Normalised values are p / p_base − 1,
 * with p_base the close of the first row of the window the prediction started from (each sample's own window
 * point by point; the one seed window for the full sequence; each restart's window for multi-sequence). This
 * class is immutable and thread-safe.
 *
 * @param mode              "point-by-point", "full-sequence" or "multi-sequence"
 * @param network           accuracy of the network on normalised values
 * @param directionAccuracy share of steps on which the predicted change has the sign of the actual change: from
 *                          the last true close point by point; from the previous predicted (resp. actual) value
 *                          in a fed-back sequence
 * @param naive             accuracy of the naive forecast (the last true close of the starting window, held flat)
 *                          on normalised values
 * @param upShare           share of steps on which the actual close rose (the direction hit rate of always "up")
 * @param actualPrice       per step, the actual close (index points)
 * @param predictedPrice    per step, the predicted close (index points)
 * @param sequenceStarts    the steps at which a fed-back sequence starts from a true window (empty point by point)
 */
public record PredictionModeResult(String mode, RegressionMetrics network, double directionAccuracy,
        RegressionMetrics naive, double upShare, double[] actualPrice, double[] predictedPrice, int[] sequenceStarts) {

    /** Copies the arrays. */
    public PredictionModeResult {
        actualPrice = actualPrice.clone();
        predictedPrice = predictedPrice.clone();
        sequenceStarts = sequenceStarts.clone();
    }

    @Override
    public double[] actualPrice() {
        return actualPrice.clone();
    }

    @Override
    public double[] predictedPrice() {
        return predictedPrice.clone();
    }

    @Override
    public int[] sequenceStarts() {
        return sequenceStarts.clone();
    }
}
