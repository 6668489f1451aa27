package org.lstmrisk.core.features;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An ordered list of daily features: the model's input columns. This class is immutable and thread-safe.
 *
 * @param features the features, in column order
 */
public record FeatureSet(List<DailyFeature> features) {

    /** Validates a non-empty list and copies it. */
    public FeatureSet {
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("a feature set needs at least one feature");
        }
    }

    /** Number of columns. */
    public int size() {
        return features.size();
    }

    /** The specification, e.g. {@code return,vol(garman-klass,20)}, that {@link Features#parseList} reads back. */
    public String spec() {
        return features.stream().map(DailyFeature::spec).collect(Collectors.joining(","));
    }

    /** True when some feature needs the macro series. */
    public boolean needsMacro() {
        return features.stream().anyMatch(f -> f instanceof GdpGrowthFeature);
    }

    /**
     * The feature matrix: one row per day of {@code inputs.prices()}, one column per feature. Rows before
     * {@link #firstCompleteRow} contain {@code NaN}.
     */
    public double[][] compute(FeatureInputs inputs) {
        int n = inputs.prices().size();
        double[][] rows = new double[n][features.size()];
        for (int j = 0; j < features.size(); j++) {
            double[] column = features.get(j).compute(inputs);
            for (int i = 0; i < n; i++) {
                rows[i][j] = column[i];
            }
        }
        return rows;
    }

    /** The first row with no {@code NaN}, or {@code rows.length} when there is none. */
    public static int firstCompleteRow(double[][] rows) {
        outer:
        for (int i = 0; i < rows.length; i++) {
            for (double x : rows[i]) {
                if (Double.isNaN(x)) {
                    continue outer;
                }
            }
            return i;
        }
        return rows.length;
    }
}
