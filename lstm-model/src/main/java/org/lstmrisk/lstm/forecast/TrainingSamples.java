package org.lstmrisk.lstm.forecast;

import java.util.Optional;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.features.FeatureInputs;
import org.lstmrisk.core.features.FeatureSet;
import org.lstmrisk.core.features.RealisedVolatilityTarget;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.lstm.SequenceDataset;

/**
 * The feature rows and realised targets of one price history, and the windows built from them. Sample t is the
 * window of feature rows t−window+1 … t (known at the close of day t) with the realised volatility over
 * t+1 … t+h as its target, so sample t exists only when t+h is inside the history. With a variance baseline b,
 * the network's target is the realised variance divided by b_t² (both known at the close of t), and its output
 * plus ln b_t² is the model's output.
 */
final class TrainingSamples {

    private final LstmVolatilityConfig config;
    private final double[][] rows;
    private final double[] realised;
    private final double[] baselineVariance;
    private final int firstSample;

    TrainingSamples(LstmVolatilityConfig config, PriceSeries history, Optional<MacroSeries> macro) {
        this.config = config;
        FeatureSet features = config.features();
        this.rows = features.compute(new FeatureInputs(history, macro));
        this.realised = new RealisedVolatilityTarget(config.targetEstimator(), config.horizonDays()).compute(history);
        this.baselineVariance = new double[rows.length];
        int baselineWarmUp = 0;
        if (config.varianceBaseline().isPresent()) {
            var baseline = config.varianceBaseline().get();
            double[] b = baseline.compute(new FeatureInputs(history, macro));
            for (int t = 0; t < b.length; t++) {
                baselineVariance[t] = Math.max(b[t] * b[t], TargetScaling.MIN_VARIANCE);
            }
            baselineWarmUp = baseline.warmUpDays();
        } else {
            java.util.Arrays.fill(baselineVariance, 1.0);
        }
        this.firstSample = Math.max(FeatureSet.firstCompleteRow(rows) + config.window() - 1, baselineWarmUp);
    }

    /**
     * The model output for day t from the network's output: plus ln b_t² with a variance baseline, unchanged
     * without one.
     */
    double modelOutput(double networkOutput, int t) {
        return config.varianceBaseline().isPresent() ? networkOutput + Math.log(baselineVariance[t]) : networkOutput;
    }

    /** Index of the last day of the history. */
    int lastDay() {
        return rows.length - 1;
    }

    /** The first day whose window is complete. */
    int firstSample() {
        return firstSample;
    }

    /** The last day whose target is complete. */
    int lastCompleteSample() {
        return rows.length - 1 - config.horizonDays();
    }

    /** The realised target of sample t. */
    double realised(int t) {
        return realised[t];
    }

    /** A feature scaler fitted on the rows that the windows of samples from … to (inclusive) cover. */
    Scaler fitFeatureScaler(int from, int to) {
        return Scaler.fit(config.scaler(), rows, from - config.window() + 1, to + 1);
    }

    /** The target scaling fitted on the targets of samples from … to (inclusive). */
    TargetScaling fitTargetScaling(int from, int to) {
        if (config.logVarianceOutput()) {
            double sum = 0;
            for (int t = from; t <= to; t++) {
                sum += Math.max(realised[t] * realised[t], TargetScaling.MIN_VARIANCE) / baselineVariance[t];
            }
            return new TargetScaling(true, 0.0, sum / (to - from + 1));
        }
        Scaler s = Scaler.fit(config.scaler() == ScalerKind.MIN_MAX ? ScalerKind.MIN_MAX : ScalerKind.Z_SCORE,
                realised, from, to + 1);
        return new TargetScaling(false, s.shift()[0], s.scale()[0]);
    }

    /** The samples from … to (inclusive) as a dataset, scaled; targets of incomplete samples must not be asked for. */
    SequenceDataset dataset(int from, int to, Scaler featureScaler, TargetScaling targetScaling) {
        int window = config.window();
        int f = rows[0].length;
        int n = to - from + 1;
        double[] in = new double[n * window * f];
        double[] y = new double[n];
        for (int s = 0; s < n; s++) {
            int t = from + s;
            fillWindow(t, featureScaler, in, s * window * f);
            y[s] = targetScaling.target(realised[t]) / baselineVariance[t];
        }
        return new SequenceDataset(in, y, window, f);
    }

    /** The scaled input windows ending on days from … to (inclusive), with zero targets (for prediction only). */
    SequenceDataset inputs(int from, int to, Scaler featureScaler) {
        int window = config.window();
        int f = rows[0].length;
        int n = to - from + 1;
        double[] in = new double[n * window * f];
        for (int s = 0; s < n; s++) {
            fillWindow(from + s, featureScaler, in, s * window * f);
        }
        return new SequenceDataset(in, new double[n], window, f);
    }

    /** The scaled input window ending on day t (its target may not be known yet). */
    double[] window(int t, Scaler featureScaler) {
        double[] w = new double[config.window() * rows[0].length];
        fillWindow(t, featureScaler, w, 0);
        return w;
    }

    private void fillWindow(int t, Scaler scaler, double[] out, int offset) {
        int window = config.window();
        int f = rows[0].length;
        for (int k = 0; k < window; k++) {
            double[] row = rows[t - window + 1 + k];
            for (int j = 0; j < f; j++) {
                out[offset + k * f + j] = scaler.transform(j, row[j]);
            }
        }
    }
}
