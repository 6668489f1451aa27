package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.lstmrisk.nightly.history.HistoryDatabase;
import org.lstmrisk.nightly.history.HistorySchema;

/** Wiring of the run history: the database access, its schema and the clock that times runs and reviews (UTC). */
public final class HistoryModule extends AbstractModule {

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    HistoryDatabase historyDatabase() {
        return new HistoryDatabase();
    }

    @Provides
    @Singleton
    HistorySchema historySchema() {
        return new HistorySchema();
    }
}
