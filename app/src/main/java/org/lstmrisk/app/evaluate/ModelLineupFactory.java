package org.lstmrisk.app.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.app.UserInputException;
import org.lstmrisk.app.run.ForecasterCatalog;
import org.lstmrisk.app.run.RunSettings;
import org.lstmrisk.core.forecast.VolatilityForecaster;

/**
 * Builds the {@link ModelLineup} from model names through the {@link ForecasterCatalog}, so that any model the
 * catalog knows (the LSTM once it is registered there) can be evaluated without changes here. This class is
 * immutable and thread-safe.
 */
public final class ModelLineupFactory {

    private final ForecasterCatalog catalog;

    /** A factory over {@code catalog}. */
    public ModelLineupFactory(ForecasterCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The lineup of {@code names}.
     *
     * @throws UserInputException naming the first unknown model and listing the available ones
     */
    public ModelLineup create(List<String> names, double ewmaLambda) {
        for (String name : names) {
            if (!catalog.names().contains(name)) {
                throw new UserInputException("model '" + name + "' is not available for evaluation; available models: "
                        + String.join(", ", catalog.names())
                        + ("lstm".equals(name) || "rnn".equals(name) ? " (the " + name + " forecaster lands in its own issue)" : ""));
            }
        }
        // The catalog builds forecasters from a run's settings; only the EWMA λ is read from them.
        RunSettings settings = new RunSettings(null, null, names.get(0), 1, 2, 0, ewmaLambda, 1, Path.of("unused"));
        var forecasters = new ArrayList<VolatilityForecaster>();
        for (String name : names) {
            forecasters.add(catalog.create(name, settings));
        }
        return new ModelLineup(names, forecasters);
    }
}
