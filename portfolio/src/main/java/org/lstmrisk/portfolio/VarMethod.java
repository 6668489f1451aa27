package org.lstmrisk.portfolio;

import java.util.List;

/**
 * A way to turn today's portfolio (and, for some methods, its past) into VaR and ES. Units throughout: daily log
 * returns and daily volatilities as fractions; VaR and ES as positive fractions of portfolio value over the horizon
 * of h trading days. Every method computes one-day figures and scales them by √h, which is exact for the normal
 * method with i.i.d. returns and an approximation otherwise (it ignores fat tails' aggregation and volatility
 * clustering over the horizon). Implementations are immutable and thread-safe.
 * <ul>
 * <li>{@link NormalVar} {@code normal}: zero-mean normal with σp (no history);</li>
 * <li>{@link StudentTVar} {@code student-t}: variance-standardised Student t with σp, ν fitted by maximum
 * likelihood on a trailing window of standardised portfolio returns;</li>
 * <li>{@link HistoricalVar} {@code historical}: today's weights applied to a trailing window of past returns;</li>
 * <li>{@link FilteredHistoricalVar} {@code fhs}: the same on returns devolatilised by their own forecasts and
 * rescaled by today's forecasts.</li>
 * </ul>
 */
public sealed interface VarMethod permits NormalVar, StudentTVar, HistoricalVar, FilteredHistoricalVar {

    /** One trading year (250 days), the minimum observation period Basel sets for historical VaR. */
    int DEFAULT_WINDOW_DAYS = 250;

    /** The names {@link #parse} accepts, in the order listed above. */
    List<String> NAMES = List.of(NormalVar.NAME, StudentTVar.NAME, HistoricalVar.NAME, FilteredHistoricalVar.NAME);

    /** The method's name: {@code normal}, {@code student-t}, {@code historical} or {@code fhs}. */
    String name();

    /** Trailing days of history the method reads (0 for the normal method). */
    int windowDays();

    /**
     * VaR and ES at the given confidence levels over {@code inputs.horizonDays()} days.
     *
     * @throws IllegalArgumentException when a level is outside (0, 1) or repeated, or the inputs lack what the
     *                                  method needs (the message says what)
     */
    VarEstimate estimate(VarInputs inputs, List<Double> varLevels, List<Double> esLevels);

    /**
     * The loss distribution over {@code inputs.horizonDays()} days that this method assumes; {@link #estimate}'s
     * VaR and ES are read off it.
     *
     * @throws IllegalArgumentException when the inputs lack what the method needs (as {@link #estimate})
     */
    LossDistribution distribution(VarInputs inputs);

    /**
     * The method called {@code name} (one of {@link #NAMES}) reading {@code windowDays} trailing days (ignored
     * by {@code normal}).
     *
     * @throws IllegalArgumentException naming the unknown method or the bad window
     */
    static VarMethod parse(String name, int windowDays) {
        if (name == null) {
            throw new IllegalArgumentException("VaR method is null; expected one of " + NAMES);
        }
        return switch (name) {
            case NormalVar.NAME -> new NormalVar();
            case StudentTVar.NAME -> new StudentTVar(windowDays);
            case HistoricalVar.NAME -> new HistoricalVar(windowDays);
            case FilteredHistoricalVar.NAME -> new FilteredHistoricalVar(windowDays);
            default -> throw new IllegalArgumentException("unknown VaR method '" + name + "'; expected one of " + NAMES);
        };
    }
}
