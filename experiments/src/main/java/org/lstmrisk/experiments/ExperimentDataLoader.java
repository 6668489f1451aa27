package org.lstmrisk.experiments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.io.LoadedPrices;
import org.lstmrisk.io.PriceDataReader;

/**
 * Reads one index file with {@link PriceDataReader} (every row checked; a single file has no gaps against its own
 * calendar, so the reader's forward fill never applies) and keeps the dates in [from, to]. Stateless.
 */
public final class ExperimentDataLoader {

    private final PriceDataReader reader;

    /** A loader reading with {@code reader}. */
    public ExperimentDataLoader(PriceDataReader reader) {
        this.reader = reader;
    }

    /**
     * The closes and volumes of the one series in {@code file} from {@code from} to {@code to} (inclusive; null
     * for no bound).
     *
     * @throws UserInputException when the file is missing, holds several tickers or too few rows in the range
     * @throws DataInputException when a row is bad (names file, line and field)
     */
    public ExperimentSeries load(Path file, LocalDate from, LocalDate to, int minimumRows) throws DataInputException {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("data file " + file + " not found; pass --data FILE (the shared data lives "
                    + "in ../shared/data beside the project)");
        }
        LoadedPrices loaded = reader.read(file);
        if (loaded.history().series().size() != 1) {
            throw new UserInputException(file + " holds " + loaded.history().series().size()
                    + " tickers; an experiment needs one index");
        }
        PriceSeries s = loaded.history().series().get(0);
        int first = 0;
        while (first < s.size() && from != null && s.date(first).isBefore(from)) {
            first++;
        }
        int end = s.size();
        while (end > first && to != null && s.date(end - 1).isAfter(to)) {
            end--;
        }
        if (end - first < minimumRows) {
            throw new UserInputException(file + " holds " + (end - first) + " rows from " + from + " to " + to
                    + "; the experiment needs at least " + minimumRows);
        }
        PriceSeries kept = s.slice(first, end);
        return new ExperimentSeries(kept.dates(), kept.close(), kept.hasVolume() ? kept.volume() : null);
    }
}
