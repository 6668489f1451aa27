package org.lstmrisk.portfolio;

/** Validation of the arguments of {@link CorrelationEstimator#portfolioVolatilities}. */
final class PathCheck {

    private PathCheck() {
    }

    static void validate(double[][] returns, int windowDays, int firstRow, double[][] volatilities, double[] weights) {
        if (returns == null || volatilities == null || weights == null) {
            throw new IllegalArgumentException("returns, volatilities and weights must not be null");
        }
        if (windowDays < 2) {
            throw new IllegalArgumentException("the window needs at least 2 days, got " + windowDays);
        }
        if (firstRow < windowDays - 1) {
            throw new IllegalArgumentException("the first day (row " + firstRow + ") has fewer than " + windowDays
                    + " rows of returns up to it");
        }
        if (firstRow + volatilities.length > returns.length) {
            throw new IllegalArgumentException(volatilities.length + " days from row " + firstRow + " need "
                    + (firstRow + volatilities.length) + " rows of returns, there are " + returns.length);
        }
        for (double[] row : returns) {
            if (row.length != weights.length) {
                throw new IllegalArgumentException("a returns row has " + row.length + " columns for "
                        + weights.length + " weights");
            }
        }
        for (double[] row : volatilities) {
            if (row.length != weights.length) {
                throw new IllegalArgumentException("a volatilities row has " + row.length + " entries for "
                        + weights.length + " weights");
            }
        }
    }
}
