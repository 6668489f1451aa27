package org.lstmrisk.portfolio;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * VaR and ES from one {@link VarMethod}, as positive fractions of portfolio value over a horizon of h trading
 * days (a loss is positive). The maps are unmodifiable copies. This class is immutable and thread-safe.
 *
 * @param method            the method's name ({@link VarMethod#name()})
 * @param windowDays        trailing days of history the method used (0 for the normal method)
 * @param horizonDays       h
 * @param parameters        fitted or fixed parameters by name (e.g. {@code nu} for student-t); may be empty
 * @param valueAtRisk       confidence level (e.g. 0.99) → VaR over the horizon
 * @param expectedShortfall confidence level (e.g. 0.975) → ES over the horizon
 */
public record VarEstimate(String method, int windowDays, int horizonDays, SortedMap<String, Double> parameters,
                          SortedMap<Double, Double> valueAtRisk, SortedMap<Double, Double> expectedShortfall) {

    /** Validates a named method, window ≥ 0, h ≥ 1, finite values; copies the maps. */
    public VarEstimate {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method is null or blank: " + method);
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays must be non-negative: " + windowDays);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizonDays must be at least 1: " + horizonDays);
        }
        if (parameters == null || valueAtRisk == null || expectedShortfall == null) {
            throw new IllegalArgumentException("parameters, valueAtRisk and expectedShortfall must not be null");
        }
        parameters = unmodifiableCopy(parameters, "parameters");
        valueAtRisk = unmodifiableCopy(valueAtRisk, "valueAtRisk");
        expectedShortfall = unmodifiableCopy(expectedShortfall, "expectedShortfall");
    }

    /**
     * Evaluates {@code var} and {@code es} (level → figure over the horizon) at each level after checking the
     * levels: each in (0, 1), no duplicates.
     */
    static VarEstimate tabulate(String method, int windowDays, int horizonDays, SortedMap<String, Double> parameters,
                                List<Double> varLevels, List<Double> esLevels,
                                DoubleUnaryOperator var, DoubleUnaryOperator es) {
        checkLevels(varLevels, "VaR");
        checkLevels(esLevels, "ES");
        SortedMap<Double, Double> valueAtRisk = new TreeMap<>();
        for (double level : varLevels) {
            valueAtRisk.put(level, var.applyAsDouble(level));
        }
        SortedMap<Double, Double> expectedShortfall = new TreeMap<>();
        for (double level : esLevels) {
            expectedShortfall.put(level, es.applyAsDouble(level));
        }
        return new VarEstimate(method, windowDays, horizonDays, parameters, valueAtRisk, expectedShortfall);
    }

    /**
     * Checks confidence levels: not null, each in (0, 1), no duplicates.
     *
     * @throws IllegalArgumentException naming the bad level
     */
    static List<Double> checkLevels(List<Double> levels, String what) {
        if (levels == null) {
            throw new IllegalArgumentException(what + " levels are null");
        }
        HashSet<Double> seen = new HashSet<>();
        for (Double level : levels) {
            if (level == null || !(level > 0.0 && level < 1.0)) {
                throw new IllegalArgumentException(what + " confidence level must be in (0, 1): " + level);
            }
            if (!seen.add(level)) {
                throw new IllegalArgumentException("duplicate " + what + " confidence level: " + level);
            }
        }
        return List.copyOf(levels);
    }

    private static <K extends Comparable<K>> SortedMap<K, Double> unmodifiableCopy(Map<K, Double> map, String name) {
        TreeMap<K, Double> copy = new TreeMap<>();
        for (Map.Entry<K, Double> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException(name + " has a null or non-finite entry: " + e);
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableSortedMap(copy);
    }
}
