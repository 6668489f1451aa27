package org.lstmrisk.core.simulation;

import java.util.Arrays;
import java.util.Objects;

/**
 * A simulated path of daily log returns with the true conditional daily volatility (a fraction) of each
 * day: {@code conditionalVolatility[t]} is the standard deviation of {@code returns[t]} given days before t.
 * This class is immutable and thread-safe: arrays are copied in and out.
 *
 * @param returns               daily log returns
 * @param conditionalVolatility true conditional daily volatility of each return
 */
public record Garch11Path(double[] returns, double[] conditionalVolatility) {

    /** Validates equal lengths, finite returns and positive finite volatilities. */
    public Garch11Path {
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(conditionalVolatility, "conditionalVolatility");
        if (returns.length != conditionalVolatility.length) {
            throw new IllegalArgumentException("path has " + returns.length + " returns but "
                    + conditionalVolatility.length + " volatilities");
        }
        for (int t = 0; t < returns.length; t++) {
            if (!Double.isFinite(returns[t])) {
                throw new IllegalArgumentException("return " + t + " is not finite: " + returns[t]);
            }
            if (!(Double.isFinite(conditionalVolatility[t]) && conditionalVolatility[t] > 0)) {
                throw new IllegalArgumentException("volatility " + t + " must be positive and finite, was "
                        + conditionalVolatility[t]);
            }
        }
        returns = returns.clone();
        conditionalVolatility = conditionalVolatility.clone();
    }

    /** Number of days. */
    public int size() {
        return returns.length;
    }

    @Override
    public double[] returns() {
        return returns.clone();
    }

    @Override
    public double[] conditionalVolatility() {
        return conditionalVolatility.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Garch11Path p && Arrays.equals(returns, p.returns)
                && Arrays.equals(conditionalVolatility, p.conditionalVolatility);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(returns) + Arrays.hashCode(conditionalVolatility);
    }

    @Override
    public String toString() {
        return "Garch11Path[" + returns.length + " days]";
    }
}
