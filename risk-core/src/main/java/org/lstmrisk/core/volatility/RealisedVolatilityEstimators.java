package org.lstmrisk.core.volatility;

import java.util.List;

/** Looks up the realised-volatility estimators by their configuration name. */
public final class RealisedVolatilityEstimators {

    private static final List<RealisedVolatilityEstimator> ALL = List.of(
            new CloseToCloseEstimator(), new ParkinsonEstimator(), new GarmanKlassEstimator(),
            new GarmanKlassYangZhangEstimator());

    private RealisedVolatilityEstimators() {
    }

    /** The valid names: {@code close-to-close}, {@code parkinson}, {@code garman-klass},
     * {@code garman-klass-yz}. */
    public static List<String> names() {
        return ALL.stream().map(RealisedVolatilityEstimator::name).toList();
    }

    /**
     * The estimator called {@code name}.
     *
     * @throws IllegalArgumentException when no estimator has that name; the message lists the valid names
     */
    public static RealisedVolatilityEstimator byName(String name) {
        for (RealisedVolatilityEstimator e : ALL) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown realised-volatility estimator '" + name + "'; valid names are "
                + String.join(", ", names()));
    }
}
