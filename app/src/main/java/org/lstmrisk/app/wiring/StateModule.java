package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.nightly.history.HistoryDatabase;
import org.lstmrisk.nightly.state.GenerationFiles;
import org.lstmrisk.nightly.state.GenerationRecords;
import org.lstmrisk.nightly.state.StateStore;
import org.lstmrisk.lstm.forecast.LstmModelFile;

/** Wiring of the nightly run's model state: generation records, generation folders, the model file format. */
public final class StateModule extends AbstractModule {

    @Provides
    @Singleton
    StateStore stateStore(HistoryDatabase database) {
        return new StateStore(new GenerationRecords(database), new GenerationFiles(), new LstmModelFile());
    }
}
