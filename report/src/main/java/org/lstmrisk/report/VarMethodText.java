package org.lstmrisk.report;

import java.util.Locale;
import org.lstmrisk.portfolio.VarEstimate;

/** One sentence naming a run's VaR/ES method, its window, fitted parameters and horizon scaling, for people. */
public final class VarMethodText {

    private VarMethodText() {
    }

    /** E.g. {@code fhs: filtered historical simulation over the 250 days ending at the as-of date ...}. */
    public static String describe(VarEstimate var) {
        int w = var.windowDays();
        String text = switch (var.method()) {
            case "normal" -> "normal: zero-mean normal with σp (no history)";
            case "student-t" -> String.format(Locale.ROOT, "student-t: unit-variance Student t with σp, ν = %.2f "
                    + "fitted on the %d days ending at the as-of date (portfolio returns over the σp forecast made the "
                    + "day before)", var.parameters().getOrDefault("nu", Double.NaN), w);
            case "historical" -> "historical: today's weights over the daily returns of the " + w
                    + " days ending at the as-of date";
            case "fhs" -> "fhs: filtered historical simulation over the " + w + " days ending at the as-of date "
                    + "(each stock's return over the forecast made the day before, times today's forecast)";
            default -> var.method() + ", " + w + "-day window";
        };
        return var.horizonDays() == 1 ? text : text + "; one-day figures × √" + var.horizonDays();
    }
}
