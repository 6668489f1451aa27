package org.lstmrisk.portfolio;

/**
 * Which correlation estimator produced an estimate, and its fitted parameters. This class is immutable and
 * thread-safe.
 *
 * @param name                {@code sample}, {@code shrinkage} or {@code factor}
 * @param shrinkageIntensity  δ in [0, 1] for {@code shrinkage} (weight of the constant-correlation target), else NaN
 * @param targetCorrelation   r̄, the target's constant correlation (mean off-diagonal sample correlation) for
 *                            {@code shrinkage}, else NaN
 * @param factors             k, the number of principal components for {@code factor}, else 0
 * @param explainedVariance   for {@code factor}: the share of the total variance of the standardised returns the k
 *                            components explain (Σλ_k / n), else NaN
 */
public record EstimatorDetails(String name, double shrinkageIntensity, double targetCorrelation, int factors,
                               double explainedVariance) {

    /** The sample correlation (no parameters). */
    public static final EstimatorDetails SAMPLE = new EstimatorDetails("sample", Double.NaN, Double.NaN, 0, Double.NaN);

    /** Validates the name and the ranges. */
    public EstimatorDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("estimator name is null or blank");
        }
        if (!Double.isNaN(shrinkageIntensity) && !(shrinkageIntensity >= 0.0 && shrinkageIntensity <= 1.0)) {
            throw new IllegalArgumentException("shrinkage intensity must be in [0, 1]: " + shrinkageIntensity);
        }
        if (factors < 0) {
            throw new IllegalArgumentException("factors must be non-negative: " + factors);
        }
    }

    /** The shrinkage estimator's details. */
    public static EstimatorDetails shrinkage(double intensity, double targetCorrelation) {
        return new EstimatorDetails("shrinkage", intensity, targetCorrelation, 0, Double.NaN);
    }

    /** The factor model's details. */
    public static EstimatorDetails factor(int factors, double explainedVariance) {
        return new EstimatorDetails("factor", Double.NaN, Double.NaN, factors, explainedVariance);
    }

    /**
     * One line for people: {@code Ledoit-Wolf shrinkage, intensity 0.421 towards constant correlation 0.312} or
     * {@code factor model, 3 principal components (54.2 % of variance) + residual}; {@code sample correlation}.
     */
    public String describe() {
        return switch (name) {
            case "shrinkage" -> String.format(java.util.Locale.ROOT,
                    "Ledoit-Wolf shrinkage, intensity %.3f towards constant correlation %.3f", shrinkageIntensity,
                    targetCorrelation);
            case "factor" -> String.format(java.util.Locale.ROOT,
                    "factor model, %d principal component%s (%.1f %% of variance) + residual", factors,
                    factors == 1 ? "" : "s", 100 * explainedVariance);
            default -> "sample correlation";
        };
    }

    /** True for the plain sample correlation. */
    public boolean isSample() {
        return name.equals("sample");
    }
}
