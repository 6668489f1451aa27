package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.nightly.run.ForecastEngine;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.nightly.run.TerminalProgress;

/** Wiring of the volatility forecasters. */
public final class ForecastModule extends AbstractModule {

    @Provides
    @Singleton
    ForecasterCatalog catalog() {
        return new ForecasterCatalog();
    }

    @Provides
    @Singleton
    ForecastEngine engine() {
        return new ForecastEngine(TerminalProgress.forThisProcess());
    }
}
