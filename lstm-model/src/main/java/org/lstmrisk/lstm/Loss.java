package org.lstmrisk.lstm;

/**
 * A training loss: the mean over a batch of a per-sample loss of the network output o and the target y,
 * with its gradient dL/do (including the 1/n of the mean). Implementations allocate nothing.
 */
public sealed interface Loss permits Loss.Mse, Loss.Huber, Loss.Qlike {

    /**
     * The mean loss over the first {@code n} samples; when {@code gradient} is not null it receives dL/do_i.
     */
    double evaluate(double[] output, double[] target, int n, double[] gradient);

    /** Checks that every target is admissible for this loss (QLIKE needs positive variances). */
    default void checkTargets(double[] targets) {
        for (int i = 0; i < targets.length; i++) {
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("target " + i + " is not finite: " + targets[i]);
            }
        }
    }

    /** Mean squared error. */
    static Loss mse() {
        return new Mse();
    }

    /** Huber loss with threshold {@code delta} > 0. */
    static Loss huber(double delta) {
        return new Huber(delta);
    }

    /** QLIKE for variance forecasts, with the output read as the log variance. */
    static Loss qlike() {
        return new Qlike();
    }

    /**
     * The loss named {@code mse}, {@code qlike} or {@code huber:DELTA} (the text form of model files).
     *
     * @throws IllegalArgumentException for another name or a bad delta
     */
    static Loss parse(String spec) {
        if (spec.equals("mse")) {
            return mse();
        }
        if (spec.equals("qlike")) {
            return qlike();
        }
        if (spec.startsWith("huber:")) {
            try {
                return huber(Double.parseDouble(spec.substring("huber:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("huber's delta must be a number, was '"
                        + spec.substring("huber:".length()) + "'", e);
            }
        }
        throw new IllegalArgumentException("unknown loss '" + spec + "'; known: qlike, mse, huber:DELTA");
    }

    /** Mean squared error: (o − y)². This class is immutable and thread-safe. */
    record Mse() implements Loss {
        @Override
        public double evaluate(double[] output, double[] target, int n, double[] gradient) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                double r = output[i] - target[i];
                sum += r * r;
                if (gradient != null) {
                    gradient[i] = 2.0 * r / n;
                }
            }
            return sum / n;
        }
    }

    /**
     * Huber loss: r²/2 for |r| ≤ δ, else δ(|r| − δ/2), with r = o − y. This class is immutable and thread-safe.
     *
     * @param delta the threshold between the quadratic and linear parts, positive and finite
     */
    record Huber(double delta) implements Loss {
        /** Validates delta. */
        public Huber {
            if (!(delta > 0) || !Double.isFinite(delta)) {
                throw new IllegalArgumentException("Huber delta must be positive and finite, was " + delta);
            }
        }

        @Override
        public double evaluate(double[] output, double[] target, int n, double[] gradient) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                double r = output[i] - target[i];
                double a = Math.abs(r);
                double g;
                if (a <= delta) {
                    sum += 0.5 * r * r;
                    g = r;
                } else {
                    sum += delta * (a - 0.5 * delta);
                    g = Math.copySign(delta, r);
                }
                if (gradient != null) {
                    gradient[i] = g / n;
                }
            }
            return sum / n;
        }
    }

    /**
     * QLIKE: the output o is the log of the forecast variance and the target y a realised variance (> 0);
     * L = y·e^(−o) + o − ln y − 1, which is 0 at o = ln y and positive elsewhere. This class is immutable and
     * thread-safe.
     */
    record Qlike() implements Loss {
        @Override
        public double evaluate(double[] output, double[] target, int n, double[] gradient) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                double y = target[i];
                double ratio = y * Math.exp(-output[i]);
                sum += ratio + output[i] - Math.log(y) - 1.0;
                if (gradient != null) {
                    gradient[i] = (1.0 - ratio) / n;
                }
            }
            return sum / n;
        }

        @Override
        public void checkTargets(double[] targets) {
            for (int i = 0; i < targets.length; i++) {
                if (!(targets[i] > 0) || !Double.isFinite(targets[i])) {
                    throw new IllegalArgumentException("QLIKE needs positive finite variance targets; target " + i
                            + " was " + targets[i]);
                }
            }
        }
    }
}
