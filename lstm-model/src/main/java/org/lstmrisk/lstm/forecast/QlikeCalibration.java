package org.lstmrisk.lstm.forecast;

/**
 * The affine recalibration of a log-variance forecast that minimises QLIKE on held-out samples: given model
 * outputs o_i (log variance relative to a scale) and the realised relative variances v_i of the same samples, the
 * intercept a and slope b minimising mean(v_i·e^(−(a + b·o_i)) + a + b·o_i). The objective is convex in (a, b);
 * it is solved by Newton's method with step halving. A slope above 1 widens forecasts that move too little (a
 * Mincer–Zarnowitz slope above 1), an intercept moves their level. This class is immutable and thread-safe.
 *
 * @param intercept a
 * @param slope     b
 */
public record QlikeCalibration(double intercept, double slope) {

    /** No recalibration: a = 0, b = 1. */
    public static final QlikeCalibration IDENTITY = new QlikeCalibration(0.0, 1.0);

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-12;

    /** Validates finite values. */
    public QlikeCalibration {
        if (!Double.isFinite(intercept) || !Double.isFinite(slope)) {
            throw new IllegalArgumentException("calibration intercept " + intercept + " and slope " + slope
                    + " must be finite");
        }
    }

    /** The recalibrated output a + b·o. */
    public double apply(double output) {
        return intercept + slope * output;
    }

    /**
     * The QLIKE-minimising (a, b) for outputs {@code o} and positive relative variances {@code v}.
     *
     * @throws IllegalArgumentException when there are fewer than 3 samples, the lengths differ, a variance is not
     *                                  positive or the outputs do not vary
     * @throws IllegalStateException    when Newton's method does not converge
     */
    public static QlikeCalibration fit(double[] o, double[] v) {
        if (o.length != v.length || o.length < 3) {
            throw new IllegalArgumentException("calibration needs at least 3 pairs of equal length, had " + o.length
                    + " outputs and " + v.length + " variances");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < o.length; i++) {
            if (!(v[i] > 0) || !Double.isFinite(v[i]) || !Double.isFinite(o[i])) {
                throw new IllegalArgumentException("calibration pair " + i + " is not a finite output with a positive "
                        + "variance: " + o[i] + ", " + v[i]);
            }
            min = Math.min(min, o[i]);
            max = Math.max(max, o[i]);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("calibration needs outputs that vary; all were " + min);
        }
        double a = 0.0;
        double b = 1.0;
        double f = objective(o, v, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] d = derivatives(o, v, a, b);
            double ga = d[0];
            double gb = d[1];
            double haa = d[2];
            double hab = d[3];
            double hbb = d[4];
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double t = 1.0;
            double next = objective(o, v, a - da, b - db);
            while (!(next <= f) && t > 1e-10) {
                t /= 2;
                next = objective(o, v, a - t * da, b - t * db);
            }
            if (!(next <= f)) {
                break;
            }
            a -= t * da;
            b -= t * db;
            boolean converged = Math.abs(t * da) < TOLERANCE && Math.abs(t * db) < TOLERANCE;
            f = next;
            if (converged) {
                return new QlikeCalibration(a, b);
            }
        }
        double[] gradient = gradient(o, v, a, b);
        if (Math.abs(gradient[0]) < 1e-9 && Math.abs(gradient[1]) < 1e-9) {
            return new QlikeCalibration(a, b);
        }
        throw new IllegalStateException("the QLIKE calibration did not converge (gradient " + gradient[0] + ", "
                + gradient[1] + ")");
    }

    /** The mean QLIKE-type objective mean(v e^(−u) + u), u = a + b·o (QLIKE up to a constant). */
    static double objective(double[] o, double[] v, double a, double b) {
        double sum = 0;
        for (int i = 0; i < o.length; i++) {
            double u = a + b * o[i];
            sum += v[i] * Math.exp(-u) + u;
        }
        return sum / o.length;
    }

    /** The gradient (∂/∂a, ∂/∂b) of {@link #objective}. */
    static double[] gradient(double[] o, double[] v, double a, double b) {
        double[] d = derivatives(o, v, a, b);
        return new double[] {d[0], d[1]};
    }

    /** The gradient and the Hessian of {@link #objective}: {ga, gb, haa, hab, hbb}. */
    private static double[] derivatives(double[] o, double[] v, double a, double b) {
        double[] d = new double[5];
        for (int i = 0; i < o.length; i++) {
            double w = v[i] * Math.exp(-(a + b * o[i]));
            d[0] += 1 - w;
            d[1] += (1 - w) * o[i];
            d[2] += w;
            d[3] += w * o[i];
            d[4] += w * o[i] * o[i];
        }
        for (int k = 0; k < d.length; k++) {
            d[k] /= o.length;
        }
        return d;
    }
}
