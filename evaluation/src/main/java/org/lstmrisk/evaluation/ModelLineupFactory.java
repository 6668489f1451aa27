package org.lstmrisk.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.forecasters.ForecasterOptions;
import org.lstmrisk.forecasters.ForecasterSpec;
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
    public ModelLineup create(List<String> names, ForecasterOptions options) {
        for (String name : names) {
            if (!catalog.names().contains(name)) {
                throw new UserInputException("model '" + name + "' is not available for evaluation; available models: "
                        + String.join(", ", catalog.names())
                        + (name.contains("+") ? " (score a combination with --combine " + name + ")" : ""));
            }
        }
        var forecasters = new ArrayList<VolatilityForecaster>();
        var specs = new ArrayList<ForecasterSpec>();
        for (String name : names) {
            forecasters.add(catalog.create(name, options));
            specs.add(new ForecasterSpec(name, options, false));
        }
        return new ModelLineup(names, forecasters, specs);
    }
}
