package org.lstmrisk.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lstmrisk.core.macro.MacroSeries;

/**
 * Reads a quarterly GDP file in FRED's layout ({@code observation_date,<SERIES>}, dates the first day of
 * each quarter, as {@code ../shared/data/GDPC1.csv}; the older FRED header {@code DATE} is accepted too) into
 * a {@link MacroSeries} whose publication date is
 * the quarter's last day plus {@code publicationLagDays} calendar days (BEA's advance estimate comes about
 * 30 days after the quarter ends): the figure for 2023Q4 (2023-10-01) is published on 2023-12-31 + 30 days
 * = 2024-01-30. The series is named by the value column's header. Bad rows are a {@link DataInputException}
 * naming file, line and field: a missing column or extra columns, a date that is not ISO {@code yyyy-MM-dd} or
 * not the first day of a quarter, a duplicate or out-of-order date, a missing quarter between two rows, a
 * value that is empty, not a number (FRED writes {@code .} for missing) or not positive and finite, or no rows.
 * Note that the file holds one vintage: later revisions of old quarters are not modelled.
 * This class is immutable and thread-safe.
 */
public final class GdpReader {

    /** A reader with the default lag of 30 days. */
    public static final GdpReader DEFAULT = new GdpReader(30);

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
        CsvTable table = CsvTable.read(file);
        int dateColumn = table.column("observation_date");
        if (dateColumn < 0) {
            dateColumn = table.column("DATE");
        }
        if (dateColumn < 0) {
            throw new DataInputException(file, 1, "observation_date", "missing column 'observation_date' (or 'DATE',"
                    + " FRED's older name) in header " + table.header());
        }
        if (table.header().size() != 2) {
            throw new DataInputException(file, 1, "", "expected two columns, observation_date and one series, but the"
                    + " header is " + table.header());
        }
        int valueColumn = 1 - dateColumn;
        int n = table.rowCount();
        if (n == 0) {
            throw new DataInputException(file, 2, "", "no observations: the file has a header but no rows");
        }
        List<LocalDate> starts = new ArrayList<>(n);
        List<LocalDate> published = new ArrayList<>(n);
        double[] values = new double[n];
        for (int row = 0; row < n; row++) {
            String cell = table.cell(row, dateColumn);
            LocalDate start = DatePattern.ISO.parse(cell);
            if (start == null) {
                throw table.error(row, dateColumn, "'" + cell + "' is not a date in the pattern " + DatePattern.ISO);
            }
            if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % 3 != 0) {
                throw table.error(row, dateColumn, start + " is not the first day of a quarter");
            }
            if (row > 0) {
                LocalDate previous = starts.get(row - 1);
                if (start.equals(previous)) {
                    throw table.error(row, dateColumn, "duplicate date " + start + ", first on line "
                            + table.line(row - 1));
                }
                if (start.isBefore(previous)) {
                    throw table.error(row, dateColumn, "date " + start + " is out of order: it follows " + previous
                            + " on line " + table.line(row - 1));
                }
                if (!start.equals(previous.plusMonths(3))) {
                    throw table.error(row, dateColumn, "quarters missing between " + previous + " and " + start);
                }
            }
            double value = NumberCell.parse(table, row, valueColumn);
            if (value <= 0) {
                throw table.error(row, valueColumn, "value must be positive, was " + table.cell(row, valueColumn));
            }
            starts.add(start);
            published.add(start.plusMonths(3).minusDays(1).plusDays(publicationLagDays));
            values[row] = value;
        }
        return new MacroSeries(table.header().get(valueColumn), starts, published, values);
    }
}
