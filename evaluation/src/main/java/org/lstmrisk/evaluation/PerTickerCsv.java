package org.lstmrisk.evaluation;

import java.util.List;
import org.lstmrisk.io.CsvOutput;
import org.lstmrisk.evaluation.stats.DieboldMarianoResult;
import org.lstmrisk.evaluation.stats.ForecastAccuracy;
import org.lstmrisk.evaluation.stats.MincerZarnowitzResult;

/**
 * {@code per-ticker.csv}: one row per ticker and model with the accuracy measures, Mincer–Zarnowitz on daily variance
 * and Diebold–Mariano against the best baseline; full precision, empty cells for undefined values. This class is
 * immutable and thread-safe.
 */
public final class PerTickerCsv {

    private static final List<String> HEADER = List.of("ticker", "model", "observations", "excluded_days", "qlike",
            "mse_variance", "mae", "rmse", "r2", "r", "mape", "direction", "mz_intercept", "mz_slope", "mz_r2",
            "mz_wald_f", "mz_wald_p", "dm_qlike", "dm_qlike_p", "dm_mse", "dm_mse_p", "refit_failures");

    /** The UTF-8 bytes of the file. */
    public byte[] render(Evaluation e) {
        CsvOutput csv = CsvOutput.withHeader(HEADER);
        for (TickerEvaluation t : e.accuracy().tickers()) {
            for (TickerModelScore m : t.models()) {
                ForecastAccuracy a = m.accuracy();
                MincerZarnowitzResult mz = m.mincerZarnowitz();
                csv.row(List.of(t.ticker(), m.model(), String.valueOf(a.observations()),
                        String.valueOf(t.zeroRealisedDays() + t.zeroForecastDays()), Numbers.exact(a.qlike()),
                        Numbers.exact(a.mseVariance()), Numbers.exact(a.mae()), Numbers.exact(a.rmse()),
                        Numbers.exact(a.rSquared()), Numbers.exact(a.correlation()), Numbers.exact(a.mape()),
                        Numbers.exact(a.directionAccuracy()),
                        mz == null ? "" : Numbers.exact(mz.intercept()), mz == null ? "" : Numbers.exact(mz.slope()),
                        mz == null ? "" : Numbers.exact(mz.rSquared()), mz == null ? "" : Numbers.exact(mz.waldF()),
                        mz == null ? "" : Numbers.exact(mz.waldPValue()),
                        stat(m.dmQlike()), p(m.dmQlike()), stat(m.dmMse()), p(m.dmMse()),
                        String.valueOf(m.refitFailures())));
            }
        }
        return csv.utf8();
    }

    private static String stat(DieboldMarianoResult d) {
        return d == null ? "" : Numbers.exact(d.statistic());
    }

    private static String p(DieboldMarianoResult d) {
        return d == null ? "" : Numbers.exact(d.pValue());
    }
}
