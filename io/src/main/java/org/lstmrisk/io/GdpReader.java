package org.lstmrisk.io;

import java.nio.file.Path;
import org.lstmrisk.core.macro.MacroSeries;

/**
 * Reads a quarterly GDP file in FRED's layout ({@code observation_date,<SERIES>}, dates the first day of
 * each quarter, as {@code ../shared/data/GDPC1.csv}) into a {@link MacroSeries} whose publication date is
 * the quarter's last day plus {@code publicationLagDays} calendar days (BEA's advance estimate comes about
 * 30 days after the quarter ends). Bad rows are a {@link DataInputException} naming file, line and field.
 * Note that the file holds one vintage: later revisions of old quarters are not modelled.
 * This class is immutable and thread-safe.
 */
public final class GdpReader {

    private final int publicationLagDays;

    /** A reader with the given lag in calendar days after quarter end (default 30). */
    public GdpReader(int publicationLagDays) {
        if (publicationLagDays < 0) {
            throw new IllegalArgumentException("publication lag must be >= 0 days, was " + publicationLagDays);
        }
        this.publicationLagDays = publicationLagDays;
    }

    /** Reads {@code file}. */
    public MacroSeries read(Path file) throws DataInputException {
        throw new UnsupportedOperationException("TODO");
    }
}
