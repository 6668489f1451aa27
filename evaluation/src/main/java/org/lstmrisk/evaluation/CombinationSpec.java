package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lstmrisk.core.forecast.PastForecastCombination;
import org.lstmrisk.core.forecast.PastForecastCombination.Method;

/**
 * One forecast combination of an evaluation ({@code evaluate --combine}): the models whose out-of-sample forecasts it
 * combines in log variance, and how ({@link PastForecastCombination.Method}). Written {@code lstm+gjr} (equal weights),
 * {@code lstm+gjr@weight} (a convex weight and a level learnt on past forecasts), {@code lstm+gjr@regression} (free
 * slopes and a level learnt on past forecasts), {@code lstm@weight} (the level of one model corrected) or
 * {@code lstm@regression} (one model recalibrated). The text is also the combination's column name. This class is
 * immutable and thread-safe.
 *
 * @param components the combined models, each once; the first one's forecast stands in before a learnt
 *                   combination's first fit
 * @param method     how the coefficients are set
 */
public record CombinationSpec(List<String> components, Method method) {

    /** Validates the components for the method. */
    public CombinationSpec {
        components = List.copyOf(components);
        Objects.requireNonNull(method, "method");
        String text = String.join("+", components);
        if (components.isEmpty() || components.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--combine needs model names joined by '+', e.g. lstm+gjr, had '"
                    + text + "'");
        }
        if (components.stream().distinct().count() != components.size()) {
            throw new IllegalArgumentException("--combine " + text + " names a model twice");
        }
        if (method == Method.MEAN && components.size() < 2) {
            throw new IllegalArgumentException("--combine " + text + ": an equal-weight combination needs at least two "
                    + "models (one model takes @weight or @regression)");
        }
        if (method == Method.WEIGHT && components.size() > 2) {
            throw new IllegalArgumentException("--combine " + text + "@weight: a learnt weight combines at most two "
                    + "models");
        }
    }

    /** Parses {@code MODEL[+MODEL…][@mean|@weight|@regression]}. */
    public static CombinationSpec parse(String text) {
        String whole = text.trim();
        int at = whole.indexOf('@');
        Method method = Method.MEAN;
        if (at >= 0) {
            String name = whole.substring(at + 1).trim();
            method = java.util.Arrays.stream(Method.values()).filter(m -> m.optionValue().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--combine " + whole + ": unknown method '" + name
                            + "' (mean, weight or regression)"));
        }
        String models = at >= 0 ? whole.substring(0, at) : whole;
        return new CombinationSpec(List.of(models.split("\\+", -1)).stream().map(String::trim).toList(), method);
    }

    /** The combination's column name: its text, without {@code @mean}. */
    public String name() {
        String joined = String.join("+", components);
        return method == Method.MEAN ? joined : joined + "@" + method.name().toLowerCase(Locale.ROOT);
    }
}
