package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Which ticker-days are scored. QLIKE and MAPE need a positive realised value and a positive forecast, so a day is
 * scored only when the realised proxy is positive (a close-to-close proxy is zero when the close did not change) and
 * every model's forecast is positive. The same days are scored for every model, so that their losses stay paired
 * for the Diebold–Mariano tests; excluded days are counted per ticker with the reason, never dropped silently.
 * Arrays are not copied (package-internal value).
 *
 * @param scored          [ticker][day] true when the day is scored
 * @param zeroRealised    [ticker] days excluded because the realised proxy is zero
 * @param zeroForecast    [ticker] days excluded (with a positive realised value) because a model forecast zero
 * @param notTraded       [ticker] as-of dates on which the ticker did not trade (another exchange's date): its
 *                        forecast there is stale and nothing is realised from it
 * @param suspectJumps    [ticker] days excluded because the realised window holds a suspect jump of the ticker
 *                        ({@code --exclude-jumps})
 */
record ScoredDays(boolean[][] scored, int[] zeroRealised, int[] zeroForecast, int[] notTraded, int[] suspectJumps) {

    /** The reason written beside {@link #notTraded} counts. */
    static final String NOT_TRADED_REASON = "the ticker did not trade on that date (another exchange's calendar)";

    /** The reason written beside {@link #suspectJumps} counts. */
    static final String SUSPECT_JUMP_REASON = "the realised window holds a suspect jump (--exclude-jumps)";

    /** The reason written beside {@link #zeroRealised} counts. */
    static final String ZERO_REALISED_REASON = "realised proxy is zero (e.g. unchanged close), QLIKE undefined";

    /** The reason written beside {@link #zeroForecast} counts. */
    static final String ZERO_FORECAST_REASON = "a model forecast zero volatility, QLIKE undefined";

    static ScoredDays of(ForecastPanel panel) {
        return of(panel, null);
    }

    /**
     * The scored days of {@code panel}; {@code jumpDays} ([ticker][day], or null) marks the days whose realised window
     * holds a suspect jump, excluded for every model alike.
     */
    static ScoredDays of(ForecastPanel panel, boolean[][] jumpDays) {
        int n = panel.tickers().size();
        int days = panel.days();
        boolean[][] scored = new boolean[n][days];
        int[] zeroRealised = new int[n];
        int[] zeroForecast = new int[n];
        int[] notTraded = new int[n];
        int[] suspect = new int[n];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < days; t++) {
                if (!panel.traded(i, t)) {
                    notTraded[i]++;
                    continue;
                }
                if (jumpDays != null && jumpDays[i][t]) {
                    suspect[i]++;
                    continue;
                }
                if (!(panel.realised()[i][t] > 0)) {
                    zeroRealised[i]++;
                    continue;
                }
                boolean positive = true;
                for (double[][] model : panel.forecast()) {
                    positive &= model[i][t] > 0;
                }
                if (positive) {
                    scored[i][t] = true;
                } else {
                    zeroForecast[i]++;
                }
            }
        }
        return new ScoredDays(scored, zeroRealised, zeroForecast, notTraded, suspect);
    }

    /** Days excluded for ticker {@code i}. */
    int excluded(int i) {
        return zeroRealised[i] + zeroForecast[i] + notTraded[i] + suspectJumps[i];
    }

    /** Days excluded over all tickers. */
    int totalExcluded() {
        int s = 0;
        for (int i = 0; i < zeroRealised.length; i++) {
            s += excluded(i);
        }
        return s;
    }

    /** The values of {@code series} on the scored days of ticker {@code i}, in date order. */
    double[] select(int i, double[] series) {
        var out = new ArrayList<Double>();
        for (int t = 0; t < series.length; t++) {
            if (scored[i][t]) {
                out.add(series[t]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Indices of the scored days of ticker {@code i}. */
    List<Integer> days(int i) {
        var out = new ArrayList<Integer>();
        for (int t = 0; t < scored[i].length; t++) {
            if (scored[i][t]) {
                out.add(t);
            }
        }
        return out;
    }
}
