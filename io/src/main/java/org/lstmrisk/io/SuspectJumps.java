package org.lstmrisk.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lstmrisk.core.PriceSeries;

/**
 * Finds and treats suspect jumps on a ticker's own trading days. A day t is a candidate when its close-to-close log
 * return r_t = ln(C_t / C_{t-1}) has |r_t| above the threshold; it is flagged ({@link SuspectJump}) when no volume
 * traded on t (known at t), or when the next trading day undoes at least half of it, |r_t + r_{t+1}| &lt; |r_t| / 2
 * (known at t+1). {@link #detect} on a series cut at any date a returns exactly the flags of the full series whose
 * {@code confirmedOn} is on or before a: no flag uses data after its confirmation date. This class is stateless.
 */
public final class SuspectJumps {

    private SuspectJumps() {
    }

    /** The flags of {@code series} for {@code threshold} (|daily log return|), in date order. */
    public static List<SuspectJump> detect(PriceSeries series, double threshold) {
        var out = new ArrayList<SuspectJump>();
        double[] close = series.close();
        double[] volume = series.volume();
        for (int t = 1; t < close.length; t++) {
            double r = Math.log(close[t] / close[t - 1]);
            if (!(Math.abs(r) > threshold)) {
                continue;
            }
            if (volume != null && volume[t] == 0) {
                out.add(new SuspectJump(series.ticker(), series.date(t), r, SuspectJump.NO_VOLUME, series.date(t)));
            } else if (t + 1 < close.length) {
                double next = Math.log(close[t + 1] / close[t]);
                if (Math.abs(r + next) < Math.abs(r) / 2) {
                    out.add(new SuspectJump(series.ticker(), series.date(t), r, SuspectJump.REVERSED,
                            series.date(t + 1)));
                }
            }
        }
        return out;
    }

    /**
     * {@code series} with {@code flags} (all of this ticker) treated as {@code policy} says: {@code keep} returns it
     * unchanged; {@code missing} removes the flagged days (the return across them becomes one multi-day return);
     * {@code winsorise} clips each flagged day's log return to ± {@code threshold} by scaling that day's and every
     * later day's open, high, low and close by exp(clipped − r_t) (volumes unchanged; the other days' returns are
     * unchanged).
     */
    public static PriceSeries apply(PriceSeries series, List<SuspectJump> flags, DataPolicy.Jumps policy,
                                    double threshold) {
        if (flags.isEmpty() || policy == DataPolicy.Jumps.KEEP) {
            return series;
        }
        int n = series.size();
        boolean[] flagged = new boolean[n];
        for (SuspectJump j : flags) {
            int i = series.indexOf(j.date());
            if (i <= 0 || !j.ticker().equals(series.ticker())) {
                throw new IllegalArgumentException("flag " + j + " is not a day of " + series);
            }
            flagged[i] = true;
        }
        if (policy == DataPolicy.Jumps.MISSING) {
            var dates = new ArrayList<LocalDate>();
            int m = 0;
            int[] keep = new int[n];
            for (int i = 0; i < n; i++) {
                if (!flagged[i]) {
                    dates.add(series.date(i));
                    keep[m++] = i;
                }
            }
            int[] idx = Arrays.copyOf(keep, m);
            return new PriceSeries(series.ticker(), dates, pick(series.open(), idx), pick(series.high(), idx),
                    pick(series.low(), idx), pick(series.close(), idx), pick(series.volume(), idx));
        }
        double[] close = series.close();
        double[] open = series.open();
        double[] high = series.high();
        double[] low = series.low();
        double[] rawClose = series.close();
        double factor = 1;
        for (int i = 0; i < n; i++) {
            if (flagged[i]) {
                double r = Math.log(rawClose[i] / rawClose[i - 1]);
                factor *= Math.exp(Math.copySign(threshold, r) - r);
            }
            close[i] *= factor;
            if (open != null) {
                open[i] *= factor;
                high[i] *= factor;
                low[i] *= factor;
            }
        }
        return new PriceSeries(series.ticker(), series.dates(), open, high, low, close, series.volume());
    }

    private static double[] pick(double[] values, int[] idx) {
        if (values == null) {
            return null;
        }
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = values[idx[k]];
        }
        return out;
    }
}
