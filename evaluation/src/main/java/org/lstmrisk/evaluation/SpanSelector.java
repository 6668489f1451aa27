package org.lstmrisk.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.ExcludedTicker;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.WalkForwardWindow;

/**
 * Chooses the span and the tickers of an evaluation. The history is cut after {@code --to} first, so no later price
 * is ever read. Each ticker must have {@code neededPrices} prices up to the first forecast date (enough for every
 * model, the rolling window and the correlation window) and prices to the last date; the others are excluded with
 * the reason, as {@code run} does. The evaluated tickers then share every date of the span. This class is immutable
 * and thread-safe.
 */
public final class SpanSelector {

    /**
     * Selects the span.
     *
     * @throws UserInputException when the dates leave no forecast day or no ticker qualifies
     */
    public EvaluationSpan select(PriceHistory data, EvaluationSettings settings, ModelLineup lineup) {
        PriceHistory history = settings.to() == null ? data : cut(data, settings.to());
        List<LocalDate> calendar = history.calendar();
        int needed = Math.max(settings.correlationWindowDays() + 1, lineup.minimumHistory());
        if (settings.window() == WalkForwardWindow.ROLLING) {
            needed = Math.max(needed, settings.rollingWindowDays());
        }
        int first;
        if (settings.from() == null) {
            first = needed - 1;
        } else {
            int i = Collections.binarySearch(calendar, settings.from());
            first = i >= 0 ? i : -i - 1;
            if (first < needed - 1) {
                throw new UserInputException("--from " + settings.from() + " leaves fewer than the " + needed
                        + " prices the models and the " + settings.correlationWindowDays()
                        + "-day correlation window need before the first forecast; the earliest possible date is "
                        + (needed - 1 < calendar.size() ? calendar.get(needed - 1) : "beyond the data"));
            }
        }
        int last = calendar.size() - 1 - settings.horizonDays();
        if (first > last - 2) {
            throw new UserInputException("no room for forecasts: the data has " + calendar.size()
                    + " trading days up to " + calendar.get(calendar.size() - 1) + ", " + needed
                    + " are needed before the first forecast and " + settings.horizonDays()
                    + " after the last; choose other --from/--to dates");
        }
        LocalDate warmUpStart = calendar.get(first - needed + 1);
        LocalDate lastDate = calendar.get(calendar.size() - 1);
        var kept = new ArrayList<PriceSeries>();
        var excluded = new ArrayList<ExcludedTicker>();
        for (PriceSeries s : history.series()) {
            if (s.indexOf(warmUpStart) < 0) {
                excluded.add(new ExcludedTicker(s.ticker(), "data starts " + s.firstDate() + ": fewer than the "
                        + needed + " prices needed up to the first forecast date " + calendar.get(first)));
            } else if (!s.lastDate().equals(lastDate)) {
                excluded.add(new ExcludedTicker(s.ticker(), "data ends " + s.lastDate() + ", before the last date "
                        + lastDate));
            } else {
                kept.add(s);
            }
        }
        if (kept.isEmpty()) {
            throw new UserInputException("no ticker has full data from " + warmUpStart + " to " + lastDate
                    + "; choose a later --from date");
        }
        double[] weights = new double[kept.size()];
        Arrays.fill(weights, 1.0 / kept.size());
        return new EvaluationSpan(new PriceHistory(kept), weights, excluded, calendar.get(first), calendar.get(last),
                lastDate, needed);
    }

    private static PriceHistory cut(PriceHistory data, LocalDate to) {
        try {
            return data.truncatedTo(to);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--to " + to + ": " + e.getMessage(), e);
        }
    }
}
