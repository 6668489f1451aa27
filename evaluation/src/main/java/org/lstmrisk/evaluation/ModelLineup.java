package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lstmrisk.core.forecast.VolatilityForecaster;

/**
 * The models of one evaluation, in table order, each with the forecaster the catalog built for its name. The
 * classical baselines of DESIGN.md ({@link #BASELINES}) compete for "best baseline"; any other catalog model (the
 * LSTM when it lands) is a challenger measured against it. This class is immutable and thread-safe.
 *
 * @param names       model names as given on the command line, e.g. {@code [persistence, ewma, garch, har]}
 * @param forecasters one forecaster per name, same order
 */
public record ModelLineup(List<String> names, List<VolatilityForecaster> forecasters) {

    /** The classical baselines: persistence, EWMA, GARCH(1,1) (Gaussian or Student-t) and HAR. */
    public static final Set<String> BASELINES = Set.of("persistence", "ewma", "garch", "garch-t", "gjr", "gjr-t", "har");

    /** Validates one forecaster per name. */
    public ModelLineup {
        names = List.copyOf(names);
        forecasters = List.copyOf(forecasters);
        if (names.isEmpty() || names.size() != forecasters.size()) {
            throw new IllegalArgumentException(names.size() + " model names but " + forecasters.size()
                    + " forecasters");
        }
    }

    /** Number of models. */
    public int size() {
        return names.size();
    }

    /** True when model {@code m} is a classical baseline. */
    public boolean isBaseline(int m) {
        return BASELINES.contains(names.get(m));
    }

    /** The most prices any of the models needs before its first forecast. */
    public int minimumHistory() {
        return forecasters.stream().mapToInt(VolatilityForecaster::minimumHistory).max().orElseThrow();
    }

    /** The index of model {@code name}. */
    public int indexOf(String name) {
        int i = names.indexOf(Objects.requireNonNull(name));
        if (i < 0) {
            throw new IllegalArgumentException("no model " + name + " in " + names);
        }
        return i;
    }
}
