package org.lstmrisk.nightly.state;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.lstmrisk.nightly.history.HistoryLocation;
import org.lstmrisk.lstm.forecast.LstmModelFile;

/**
 * Opens the model state of a state folder for one run: reads which generation is current from the history
 * database (read only). Call it while holding the folder's lock. This class is immutable and thread-safe.
 */
public final class StateStore {

    private final GenerationRecords records;
    private final GenerationFiles files;
    private final LstmModelFile codec;

    /** A store from its collaborators. */
    @Inject
    public StateStore(GenerationRecords records, GenerationFiles files, LstmModelFile codec) {
        this.records = records;
        this.files = files;
        this.codec = codec;
    }

    /** The state of {@code dir} whose history is at {@code location}, for a run that retrains {@code retrain}. */
    public NightlyState open(Path dir, HistoryLocation location, RetrainRequest retrain) {
        ModelGeneration current = records.current(location);
        return new NightlyState(new StateFolder(dir), current, retrain, new StoredModelReader(codec), codec, files,
                records);
    }
}
