package org.lstmrisk.lstm.forecast;

/**
 * How a realised volatility becomes a network target and an output becomes a forecast. In log-variance mode
 * (QLIKE) the target is σ²/scale and the forecast σ = √(scale·e^o); in volatility mode the target is
 * (σ − shift)/scale and the forecast σ = max(shift + scale·o, {@link #MIN_VOLATILITY}). Fitted on the training
 * slice only. In log-variance mode an output may be recalibrated before it becomes a forecast,
 * σ = √(scale·e^(a + b·o)), with (a, b) fitted on the validation slice ({@link QlikeCalibration}). This class is
 * immutable and thread-safe.
 *
 * @param logVariance true for the QLIKE / log-variance mode
 * @param shift       0 in log-variance mode; the training mean (z-score) or minimum (min-max) volatility otherwise
 * @param scale       the training mean variance in log-variance mode; the volatility scale otherwise
 * @param calibration the recalibration of a log-variance output; {@link QlikeCalibration#IDENTITY} in volatility mode
 */
public record TargetScaling(boolean logVariance, double shift, double scale, QlikeCalibration calibration) {

    /** A realised daily variance below this counts as this (a zero range or unchanged close is not "no risk"). */
    public static final double MIN_VARIANCE = 1e-10;

    /** The smallest daily volatility a volatility-mode forecast returns. */
    public static final double MIN_VOLATILITY = 1e-5;

    /** A scaling without recalibration. */
    public TargetScaling(boolean logVariance, double shift, double scale) {
        this(logVariance, shift, scale, QlikeCalibration.IDENTITY);
    }

    /** Validates finite values and a positive scale. */
    public TargetScaling {
        if (calibration == null || (!logVariance && !calibration.equals(QlikeCalibration.IDENTITY))) {
            throw new IllegalArgumentException("only a log-variance output can be recalibrated, was " + calibration);
        }
        if (!Double.isFinite(shift) || !(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("target shift " + shift + " and scale " + scale
                    + " must be finite with a positive scale");
        }
    }

    /** The network target for a realised daily volatility. */
    double target(double volatility) {
        return logVariance ? Math.max(volatility * volatility, MIN_VARIANCE) / scale : (volatility - shift) / scale;
    }

    /** The daily volatility forecast for a network output. */
    double volatility(double output) {
        return logVariance ? Math.sqrt(scale * Math.exp(calibration.apply(output)))
                : Math.max(shift + scale * output, MIN_VOLATILITY);
    }

    /** The realised variance of a target volatility relative to the scale (log-variance mode), as trained on. */
    double relativeVariance(double volatility) {
        return Math.max(volatility * volatility, MIN_VARIANCE) / scale;
    }

    /** This scaling with {@code value} as its recalibration. */
    TargetScaling withCalibration(QlikeCalibration value) {
        return new TargetScaling(logVariance, shift, scale, value);
    }
}
