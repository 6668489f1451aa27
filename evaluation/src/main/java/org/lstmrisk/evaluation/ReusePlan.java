package org.lstmrisk.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.forecast.WalkForwardWindow;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimator;

/**
 * Which (ticker, model) walk-forwards of an evaluation are read from {@link SavedForecasts} instead of being run.
 * A model's forecasts of a ticker are reused when an earlier evaluation walked the same model forward with the same
 * setup (its {@code modelSetups} text equals this lineup's), the same horizon, refit schedule, window and target, over
 * the same as-of dates of the ticker, and when every realised value it wrote equals, bit for bit, the one this
 * evaluation's prices give; when the earlier evaluation recorded the ticker's price fingerprint, it must equal this
 * one's too (so that the training prices are the same as well; evaluations written before the fingerprints were
 * added are checked on the realised values only). Forecasts depend only on the ticker's prices up to each as-of date
 * and on the setup, never on the other tickers or on the number of threads, so a reused forecast is the one a new
 * walk-forward would make from the same prices. This class is immutable.
 */
final class ReusePlan {

    private final double[][][] forecast;
    private final int[][] failures;
    private final double[][] realised;
    private final boolean[][] traded;
    private final List<ReusedForecasts> records;

    private ReusePlan(double[][][] forecast, int[][] failures, double[][] realised, boolean[][] traded,
                      List<ReusedForecasts> records) {
        this.forecast = forecast;
        this.failures = failures;
        this.realised = realised;
        this.traded = traded;
        this.records = List.copyOf(records);
    }

    /**
     * The plan for {@code lineup} over {@code series} (each ticker's prices on its own trading days, in span order)
     * and the span's as-of {@code dates}.
     *
     * @throws UserInputException when a folder's walk-forward settings differ from {@code settings}, a ticker's
     *                            dates or realised values differ, or one ticker's forecasts of a model are in two
     *                            folders
     */
    static ReusePlan of(SavedForecasts saved, EvaluationSettings settings, ModelLineup lineup,
                        List<PriceSeries> series, java.util.Map<String, String> fingerprints, List<LocalDate> dates,
                        RealisedVolatilityEstimator target) {
        int models = lineup.size();
        int n = series.size();
        double[][][] forecast = new double[models][n][];
        int[][] failures = new int[models][n];
        double[][] realised = new double[n][];
        boolean[][] traded = new boolean[n][];
        var reused = new LinkedHashMap<Source, List<String>>();
        for (SavedForecasts.Folder folder : saved.folders()) {
            checkSettings(folder, settings);
        }
        var checked = new java.util.HashSet<Source>();
        for (int m = 0; m < models; m++) {
            String name = lineup.names().get(m);
            String setup = lineup.forecasters().get(m).toString();
            for (int i = 0; i < n; i++) {
                String ticker = series.get(i).ticker();
                SavedForecasts.Folder from = null;
                for (SavedForecasts.Folder folder : saved.folders()) {
                    if (setup.equals(folder.setups().get(name)) && folder.tickers().containsKey(ticker)) {
                        if (from != null) {
                            throw new UserInputException("--reuse-forecasts: " + ticker + "'s " + name + " forecasts "
                                    + "are in both " + from.dir() + " and " + folder.dir() + "; give each ticker's "
                                    + "forecasts once");
                        }
                        from = folder;
                    }
                }
                if (from == null) {
                    continue;
                }
                SavedForecasts.TickerRows rows = from.tickers().get(ticker);
                if (checked.add(new Source(ticker, from.dir()))) {
                    checkFingerprint(from, ticker, fingerprints.get(ticker));
                    realised[i] = checkedRealised(from, ticker, rows, series.get(i), dates, settings.horizonDays(),
                            target);
                    traded[i] = traded(series.get(i), dates, settings.horizonDays());
                }
                forecast[m][i] = rows.forecasts().get(name);
                failures[m][i] = from.refitFailures(ticker, name);
                reused.computeIfAbsent(new Source(name, from.dir()), k -> new ArrayList<>()).add(ticker);
            }
        }
        var records = new ArrayList<ReusedForecasts>();
        reused.forEach((source, tickers) -> records.add(new ReusedForecasts(source.name(), source.folder().toString(),
                tickers)));
        return new ReusePlan(forecast, failures, realised, traded, records);
    }

    /** A name (a model's or a ticker's) and the folder it was read from. */
    private record Source(String name, Path folder) {
    }

    /** True when model {@code m}'s forecasts of ticker {@code i} are read, not walked forward. */
    boolean reused(int m, int i) {
        return forecast[m][i] != null;
    }

    /** Model {@code m}'s saved forecasts of ticker {@code i} on the span's dates (read-only). */
    double[] forecast(int m, int i) {
        return forecast[m][i];
    }

    /** The refits of model {@code m} on ticker {@code i} that failed in the earlier evaluation. */
    int failures(int m, int i) {
        return failures[m][i];
    }

    /** Ticker {@code i}'s realised values on the span's dates (NaN where it did not trade), when any model is reused. */
    double[] realised(int i) {
        return realised[i];
    }

    /** Whether ticker {@code i} traded on each of the span's dates, when any model is reused. */
    boolean[] traded(int i) {
        return traded[i];
    }

    /** What was reused: one record per model and folder, in lineup order. */
    List<ReusedForecasts> records() {
        return records;
    }

    private static void checkSettings(SavedForecasts.Folder folder, EvaluationSettings s) {
        Path json = folder.dir().resolve("evaluation.json");
        same(json, "horizonDays", folder.horizonDays(), s.horizonDays(), "--horizon");
        same(json, "refitEveryDays", folder.refitEveryDays(), s.refitEveryDays(), "--refit-every");
        same(json, "window", folder.window(), s.window().name().toLowerCase(Locale.ROOT), "--window");
        if (s.window() == WalkForwardWindow.ROLLING) {
            same(json, "rollingWindowDays", folder.rollingWindowDays(), s.rollingWindowDays(), "--window-days");
        }
        same(json, "target", folder.target(), s.target(), "--target");
    }

    private static void same(Path json, String field, Object saved, Object now, String option) {
        if (!String.valueOf(saved).equals(String.valueOf(now))) {
            throw SavedForecasts.bad(json, 0, "config." + field, "is " + saved + " where this evaluation's " + option + " is " + now
                    + "; forecasts made with other walk-forward settings cannot be reused");
        }
    }

    /** When the folder recorded the ticker's price fingerprint (evaluations since it was added), it must be ours. */
    private static void checkFingerprint(SavedForecasts.Folder folder, String ticker, String ours) {
        String theirs = folder.priceFingerprints().get(ticker);
        if (theirs != null && !theirs.equals(ours)) {
            throw SavedForecasts.bad(folder.dir().resolve("evaluation.json"), 0, "data.priceFingerprints." + ticker, "is " + theirs
                    + " where these prices of " + ticker + " give " + ours + "; the forecasts were made from other "
                    + "prices and cannot be reused");
        }
    }

    /** The realised values of the saved rows, after checking them and their dates against this evaluation's. */
    private static double[] checkedRealised(SavedForecasts.Folder folder, String ticker, SavedForecasts.TickerRows rows,
                                            PriceSeries own, List<LocalDate> dates, int h,
                                            RealisedVolatilityEstimator target) {
        if (!rows.dates().equals(dates)) {
            List<LocalDate> d = rows.dates();
            throw SavedForecasts.bad(folder.forecastsFile(), 0, "date", ticker + "'s as-of dates run " + d.get(0) + " … "
                    + d.get(d.size() - 1) + " (" + d.size() + ") where this evaluation's run " + dates.get(0) + " … "
                    + dates.get(dates.size() - 1) + " (" + dates.size() + "); give the same --from and --to");
        }
        double[] realised = new double[dates.size()];
        for (int t = 0; t < dates.size(); t++) {
            int k = own.indexOf(dates.get(t));
            realised[t] = k < 0 || k + h >= own.size() ? Double.NaN : target.volatility(own, k + h, h);
            if (Double.compare(realised[t], rows.realised()[t]) != 0) {
                throw SavedForecasts.bad(folder.forecastsFile(), rows.lines()[t], "realised", ticker + " on " + dates.get(t) + " is "
                        + rows.realised()[t] + " where this evaluation's prices give " + realised[t]
                        + "; the forecasts were made from other prices and cannot be reused");
            }
        }
        return realised;
    }

    private static boolean[] traded(PriceSeries own, List<LocalDate> dates, int h) {
        boolean[] out = new boolean[dates.size()];
        for (int t = 0; t < dates.size(); t++) {
            int k = own.indexOf(dates.get(t));
            out[t] = k >= 0 && k + h < own.size();
        }
        return out;
    }
}
