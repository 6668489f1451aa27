package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.MincerZarnowitz;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;
import org.lstmrisk.evaluation.stats.VarianceLoss;

/**
 * Scores the per-ticker forecasts of a {@link ForecastPanel} on its {@link ScoredDays}: per ticker and model
 * {@link ForecastAccuracy}, Mincer–Zarnowitz on daily variance and Diebold–Mariano against the best baseline; pooled
 * per model the means over all ticker-days and Diebold–Mariano on the per-day cross-sectional mean losses. This class
 * is immutable and thread-safe.
 */
final class AccuracyScoring {

    AccuracyResults score(ForecastPanel panel, ScoredDays scored, DmComparison dm) {
        int models = panel.models().size();
        int n = panel.tickers().size();
        int days = panel.days();
        // losses[kind][m][i][t] on scored days only (NaN elsewhere); kind 0 = QLIKE, 1 = MSE
        double[][][][] losses = new double[2][models][n][days];
        ForecastAccuracy[][] accuracy = new ForecastAccuracy[models][n];
        for (int m = 0; m < models; m++) {
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < days; t++) {
                    double f = panel.forecast()[m][i][t];
                    double r = panel.realised()[i][t];
                    boolean s = scored.scored()[i][t];
                    losses[0][m][i][t] = s ? VarianceLoss.QLIKE.loss(f * f, r * r) : Double.NaN;
                    losses[1][m][i][t] = s ? VarianceLoss.MSE.loss(f * f, r * r) : Double.NaN;
                }
                accuracy[m][i] = ForecastAccuracy.of(scored.select(i, panel.forecast()[m][i]),
                        scored.select(i, panel.realised()[i]));
            }
        }
        double[][][] dailyMean = new double[2][models][];
        int pooledDays = 0;
        for (int kind = 0; kind < 2; kind++) {
            for (int m = 0; m < models; m++) {
                dailyMean[kind][m] = crossSectionalMean(losses[kind][m], scored, days);
                pooledDays = dailyMean[kind][m].length;
            }
        }
        double[] pooledQlike = new double[models];
        for (int m = 0; m < models; m++) {
            pooledQlike[m] = meanOverScored(losses[0][m], scored);
        }
        int best = -1;
        for (int m = 0; m < models; m++) {
            if (isBaseline(panel, m) && (best < 0 || pooledQlike[m] < pooledQlike[best])) {
                best = m;
            }
        }
        var pooled = new ArrayList<PooledScore>();
        for (int m = 0; m < models; m++) {
            pooled.add(pooledScore(m, panel, scored, accuracy[m], losses, pooledQlike[m],
                    best < 0 ? null : dm.test(dailyMean[0][m], dailyMean[0][best], m == best),
                    best < 0 ? null : dm.test(dailyMean[1][m], dailyMean[1][best], m == best)));
        }
        var tickers = new ArrayList<TickerEvaluation>();
        for (int i = 0; i < n; i++) {
            var scores = new ArrayList<TickerModelScore>();
            for (int m = 0; m < models; m++) {
                double[] fv = squares(scored.select(i, panel.forecast()[m][i]));
                double[] rv = squares(scored.select(i, panel.realised()[i]));
                DieboldMarianoResult dq = null;
                DieboldMarianoResult dmse = null;
                if (best >= 0) {
                    dq = dm.test(scored.select(i, losses[0][m][i]), scored.select(i, losses[0][best][i]), m == best);
                    dmse = dm.test(scored.select(i, losses[1][m][i]), scored.select(i, losses[1][best][i]), m == best);
                }
                scores.add(new TickerModelScore(panel.models().get(m), accuracy[m][i], mincerZarnowitz(fv, rv), dq,
                        dmse, panel.refitFailures()[m][i]));
            }
            tickers.add(new TickerEvaluation(panel.tickers().get(i), scored.days(i).size(),
                    scored.zeroRealised()[i], scored.zeroForecast()[i], scores));
        }
        return new AccuracyResults(best < 0 ? null : panel.models().get(best), pooled, tickers, pooledDays);
    }

    private static PooledScore pooledScore(int m, ForecastPanel panel, ScoredDays scored, ForecastAccuracy[] accuracy, double[][][][] losses, double qlike,
                                           DieboldMarianoResult dmQlike, DieboldMarianoResult dmMse) {
        int n = panel.tickers().size();
        long count = 0;
        double abs = 0;
        double sq = 0;
        double ape = 0;
        long hits = 0;
        long transitions = 0;
        double r2 = 0;
        double corr = 0;
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < panel.days(); t++) {
                if (scored.scored()[i][t]) {
                    double f = panel.forecast()[m][i][t];
                    double r = panel.realised()[i][t];
                    double e = f - r;
                    abs += Math.abs(e);
                    sq += e * e;
                    ape += Math.abs(e) / r;
                    count++;
                }
            }
            ForecastAccuracy a = accuracy[i];
            hits += Math.round(a.directionAccuracy() * (a.observations() - 1));
            transitions += a.observations() - 1;
            r2 += a.rSquared();
            corr += a.correlation();
        }
        return new PooledScore(panel.models().get(m), isBaseline(panel, m), Math.toIntExact(count), qlike,
                meanOverScored(losses[1][m], scored), abs / count, Math.sqrt(sq / count), r2 / n, corr / n,
                ape / count, hits / (double) transitions, dmQlike, dmMse);
    }

    /** True when model m of the panel is a classical baseline ({@link ModelLineup#BASELINES}). */
    private static boolean isBaseline(ForecastPanel panel, int m) {
        return ModelLineup.BASELINES.contains(panel.models().get(m));
    }

    /** Mean of {@code loss[i][t]} over all scored ticker-days, summed ticker by ticker in date order. */
    private static double meanOverScored(double[][] loss, ScoredDays scored) {
        double sum = 0;
        long count = 0;
        for (int i = 0; i < loss.length; i++) {
            for (int t = 0; t < loss[i].length; t++) {
                if (scored.scored()[i][t]) {
                    sum += loss[i][t];
                    count++;
                }
            }
        }
        return sum / count;
    }

    /** For each day with at least one scored ticker, the mean loss over the scored tickers of that day. */
    private static double[] crossSectionalMean(double[][] loss, ScoredDays scored, int days) {
        var out = new ArrayList<Double>();
        for (int t = 0; t < days; t++) {
            double sum = 0;
            int k = 0;
            for (int i = 0; i < loss.length; i++) {
                if (scored.scored()[i][t]) {
                    sum += loss[i][t];
                    k++;
                }
            }
            if (k > 0) {
                out.add(sum / k);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static MincerZarnowitzResult mincerZarnowitz(double[] forecastVariance, double[] realisedVariance) {
        try {
            return MincerZarnowitz.regress(forecastVariance, realisedVariance);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double[] squares(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] * v[k];
        }
        return out;
    }

}
