package org.lstmrisk.nightly.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmModelFile;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.lstm.forecast.ModelFileException;

/**
 * Reads a stored model file and checks it twice: its bytes against the SHA-256 the history recorded when its
 * generation was committed (a file replaced or damaged on disk), then the file's own format and checksum
 * ({@link LstmModelFile}). This class is immutable and thread-safe.
 */
public final class StoredModelReader {

    /** The largest model file read: 256 MiB. */
    static final long MAX_BYTES = 256L << 20;

    private final LstmModelFile codec;

    /** A reader that parses with {@code codec}. */
    public StoredModelReader(LstmModelFile codec) {
        this.codec = codec;
    }

    /**
     * The model stored in {@code file} for {@code entry}, computing with {@code forecaster}'s macro data and kernels.
     *
     * @throws ModelFileException when the file is missing, unreadable, not the recorded one, or malformed
     */
    public LstmVolatilityModel read(Path file, ModelEntry entry, LstmForecaster forecaster) throws ModelFileException {
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ModelFileException(file, "not a regular file (a link, folder, pipe or device); lstm-risk wrote "
                    + "a regular file there");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ModelFileException(file, "corrupted: " + Files.size(file) + " bytes, more than the "
                        + MAX_BYTES + " a model file may have");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "missing: the state's current generation lists it but the file does not exist");
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read: " + e.getMessage(), e);
        }
        String sha = Fingerprints.sha256(bytes);
        if (!sha.equals(entry.sha256())) {
            throw new ModelFileException(file, "corrupted: its SHA-256 " + Fingerprints.shortForm(sha, 12)
                    + " differs from the " + Fingerprints.shortForm(entry.sha256(), 12) + " recorded when it was committed");
        }
        LstmVolatilityModel model = codec.fromBytes(file, bytes, forecaster.macro(), forecaster.kernel());
        if (!model.ticker().equals(entry.ticker()) || !model.lastDate().equals(entry.lastDate())) {
            throw new ModelFileException(file, "holds " + model.ticker() + " as of " + model.lastDate()
                    + ", not " + entry.ticker() + " as of " + entry.lastDate() + " as recorded");
        }
        return model;
    }
}
