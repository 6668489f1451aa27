package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.io.PrintWriter;
import org.lstmrisk.core.progress.TerminalProgress;
import org.lstmrisk.forecasters.ForecasterCatalog;
import org.lstmrisk.nightly.run.ForecastEngine;

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
        return new ForecastEngine(TerminalProgress.forThisProcess(new PrintWriter(System.err, true)));
    }
}
