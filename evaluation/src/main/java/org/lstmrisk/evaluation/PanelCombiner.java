package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmrisk.core.forecast.PastForecastCombination;
import org.lstmrisk.core.forecast.PastForecastCombination.CombinedForecasts;

/**
 * Adds the forecast combinations of the settings to a walk-forward {@link ForecastPanel} as extra models. Each
 * ticker's combination runs over the ticker's own trading days (its realised value of a day is known h of its trading
 * days later), with the {@link PastForecastCombination} of the evaluation's horizon, a warm-up of
 * {@value PastForecastCombination#DEFAULT_WARM_UP_DAYS} trading days and refits every {@code --refit-every} days; on a
 * span date the ticker did not trade, its combined forecast is the one of its last trading day (the first model's
 * before its first trading day in the span). A failed fit of the combination counts as a refit failure of it. This
 * class is immutable and thread-safe.
 */
final class PanelCombiner {

    /** A panel with the combinations appended, and each combination's description by name. */
    record Combined(ForecastPanel panel, Map<String, String> setups) {
    }

    Combined extend(ForecastPanel panel, EvaluationSettings settings) {
        return extend(panel, settings.combinations(), settings.horizonDays(), settings.refitEveryDays());
    }

    /** {@link #extend(ForecastPanel, EvaluationSettings)} with the settings it reads. */
    Combined extend(ForecastPanel panel, List<CombinationSpec> specs, int horizonDays, int refitEveryDays) {
        if (specs.isEmpty()) {
            return new Combined(panel, Map.of());
        }
        int base = panel.models().size();
        int n = panel.tickers().size();
        double[][][] forecast = java.util.Arrays.copyOf(panel.forecast(), base + specs.size());
        int[][] failures = java.util.Arrays.copyOf(panel.refitFailures(), base + specs.size());
        var names = new ArrayList<>(panel.models());
        var setups = new LinkedHashMap<String, String>();
        for (int c = 0; c < specs.size(); c++) {
            CombinationSpec spec = specs.get(c);
            var combination = new PastForecastCombination(horizonDays, PastForecastCombination.DEFAULT_WARM_UP_DAYS,
                    refitEveryDays, spec.method());
            int[] components = spec.components().stream().mapToInt(panel.models()::indexOf).toArray();
            forecast[base + c] = new double[n][];
            failures[base + c] = new int[n];
            int fits = 0;
            int pairsLeftOut = 0;
            int firstModelDays = 0;
            for (int i = 0; i < n; i++) {
                CombinedForecasts r = combineTicker(panel, i, components, combination);
                forecast[base + c][i] = onSpan(panel, i, components[0], r.volatility());
                failures[base + c][i] = r.failedFits();
                fits += r.fits();
                pairsLeftOut += r.pairsLeftOut();
                firstModelDays += r.firstModelDays();
            }
            names.add(spec.name());
            setups.put(spec.name(), description(spec, combination) + "; " + fits + " fits over " + n + " tickers, "
                    + pairsLeftOut + " past forecasts left out of the fits (zero or missing value), "
                    + firstModelDays + " days on " + spec.components().get(0)
                    + "'s forecast (a model's forecast was zero)");
        }
        return new Combined(new ForecastPanel(panel.dates(), panel.tickers(), names, forecast, panel.realised(),
                failures, panel.traded()), setups);
    }

    static String description(CombinationSpec spec, PastForecastCombination c) {
        List<String> m = spec.components();
        String learnt = " minimising QLIKE on the earlier out-of-sample forecasts whose " + c.horizonDays()
                + "-day realised window had closed, refitted every " + c.refitEveryDays() + " trading days from day "
                + c.warmUpDays() + " of each ticker (" + m.get(0) + "'s forecast before)";
        String logs = String.join(", ", m.stream().map(x -> "log σ²(" + x + ")").toList());
        return switch (spec.method()) {
            case MEAN -> "log σ² = the mean of " + logs + " (equal weights, nothing fitted)";
            case WEIGHT -> m.size() == 1 ? "log σ² = a + " + logs + ", a" + learnt
                    : "log σ² = a + w·log σ²(" + m.get(0) + ") + (1 − w)·log σ²(" + m.get(1) + "), w in [0, 1] and a"
                    + learnt;
            case REGRESSION -> "log σ² = a + Σ b_j·log σ²_j over " + logs + ", a and b" + learnt;
        };
    }

    /** The combination over ticker i's own trading days of the span. */
    private static CombinedForecasts combineTicker(ForecastPanel panel, int i, int[] components,
                                                   PastForecastCombination combination) {
        int[] days = java.util.stream.IntStream.range(0, panel.days()).filter(t -> panel.traded(i, t)).toArray();
        double[][] f = new double[components.length][days.length];
        double[] realised = new double[days.length];
        for (int k = 0; k < days.length; k++) {
            for (int j = 0; j < components.length; j++) {
                f[j][k] = panel.forecast()[components[j]][i][days[k]];
            }
            realised[k] = panel.realised()[i][days[k]];
        }
        return combination.combine(f, realised);
    }

    /** The trading-day forecasts laid onto the span's dates. */
    private static double[] onSpan(ForecastPanel panel, int i, int first, double[] onTradingDays) {
        double[] out = new double[panel.days()];
        int k = -1;
        for (int t = 0; t < panel.days(); t++) {
            if (panel.traded(i, t)) {
                k++;
            }
            out[t] = k < 0 ? panel.forecast()[first][i][t] : onTradingDays[k];
        }
        return out;
    }
}
