package org.lstmrisk.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a weights file: CSV with header {@code ticker,weight} (case-insensitive), one row per ticker.
 * A missing file, a missing column, an empty or non-numeric or non-finite weight, a blank, invalid
 * ({@link TickerName}) or duplicate ticker, or no rows at all is a {@link DataInputException} naming file, line and field. Tickers are trimmed
 * and upper-cased (as the price reader names them); other columns are ignored. This class is immutable and
 * thread-safe.
 */
public final class WeightsReader {

    /** Reads {@code file}. */
    public WeightsFile read(Path file) throws DataInputException {
        CsvTable table = CsvTable.read(file);
        int tickerColumn = requiredColumn(table, "ticker");
        int weightColumn = requiredColumn(table, "weight");
        if (table.rowCount() == 0) {
            throw new DataInputException(file, 2, "", "no weights: the file has a header but no rows");
        }
        List<WeightEntry> entries = new ArrayList<>(table.rowCount());
        Map<String, Integer> firstLine = new HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String ticker = table.cell(row, tickerColumn).toUpperCase(Locale.ROOT);
            var problem = TickerName.problem(ticker);
            if (problem.isPresent()) {
                throw table.error(row, tickerColumn, problem.get());
            }
            Integer seen = firstLine.putIfAbsent(ticker, table.line(row));
            if (seen != null) {
                throw table.error(row, tickerColumn, "duplicate ticker " + ticker + ", first on line " + seen);
            }
            double weight = NumberCell.parse(table, row, weightColumn);
            entries.add(new WeightEntry(ticker, weight, table.line(row)));
        }
        return new WeightsFile(file, entries);
    }

    private static int requiredColumn(CsvTable table, String name) throws DataInputException {
        int c = table.column(name);
        if (c < 0) {
            throw new DataInputException(table.file(), 1, name, "missing column '" + name + "' in header "
                    + table.header());
        }
        return c;
    }
}
