package org.lstmrisk.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.forecasters.ForecasterSpec;

/**
 * The models of one evaluation, in table order, each with the forecaster the catalog built for its name. The
 * classical baselines of DESIGN.md ({@link #BASELINES}) compete for "best baseline"; any other catalog model (the
 * LSTM when it lands) is a challenger measured against it. This class is immutable and thread-safe.
 *
 * @param names       model names as given on the command line, e.g. {@code [persistence, ewma, garch, har]}
 * @param forecasters one forecaster per name, same order
 * @param specs       the recipe of each forecaster, same order, for an engine that rebuilds them in other processes;
 *                    empty when the forecasters were built by hand (then only the local engine can run them)
 */
public record ModelLineup(List<String> names, List<VolatilityForecaster> forecasters, List<ForecasterSpec> specs) {

    /** The classical baselines: persistence, EWMA, GARCH(1,1) (Gaussian or Student-t) and HAR. */
    public static final Set<String> BASELINES = Set.of("persistence", "ewma", "garch", "garch-t", "gjr", "gjr-t", "har");

    /** A lineup of forecasters built by hand, without specs (local engine only). */
    public ModelLineup(List<String> names, List<VolatilityForecaster> forecasters) {
        this(names, forecasters, List.of());
    }

    /** Validates one forecaster per name, and one spec per name when there are specs. */
    public ModelLineup {
        names = List.copyOf(names);
        forecasters = List.copyOf(forecasters);
        specs = List.copyOf(specs);
        if (!specs.isEmpty() && specs.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " model names but " + specs.size() + " specs");
        }
        if (names.isEmpty() || names.size() != forecasters.size()) {
            throw new IllegalArgumentException(names.size() + " model names but " + forecasters.size()
                    + " forecasters");
        }
    }

    /**
     * This lineup with each forecaster bound to {@code universe} (see {@link VolatilityForecaster#forUniverse}); the
     * specs are kept, so an engine that rebuilds forecasters from them gets unbound ones.
     */
    public ModelLineup forUniverse(List<org.lstmrisk.core.PriceSeries> universe) {
        return new ModelLineup(names, forecasters.stream().map(f -> f.forUniverse(universe)).toList(), specs);
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
