package org.lstmrisk.experiments;

import java.time.LocalDate;
import java.util.List;

/**
 * One index's daily closes (index points) and volumes (as in the file; relative units) over the chosen dates.
 * This class is immutable and thread-safe.
 *
 * @param dates  trading dates, ascending
 * @param close  closes, one per date
 * @param volume volumes, one per date, or null when the file has none
 */
public record ExperimentSeries(List<LocalDate> dates, double[] close, double[] volume) {

    /** Validates lengths and copies. */
    public ExperimentSeries {
        dates = List.copyOf(dates);
        if (close.length != dates.size() || (volume != null && volume.length != dates.size())) {
            throw new IllegalArgumentException(dates.size() + " dates but " + close.length + " closes");
        }
        close = close.clone();
        volume = volume == null ? null : volume.clone();
    }

    @Override
    public double[] close() {
        return close.clone();
    }

    @Override
    public double[] volume() {
        return volume == null ? null : volume.clone();
    }
}
