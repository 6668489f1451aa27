/**
 * Reading input files at the edge of the application: prices ({@link org.lstmrisk.io.PriceDataReader}),
 * portfolio weights ({@link org.lstmrisk.io.WeightsReader}) and quarterly GDP ({@link org.lstmrisk.io.GdpReader}).
 *
 * <p>CSV is read with Tablesaw, every column as text, and converted here into the project's own immutable
 * types ({@code PriceHistory}, {@code MacroSeries}, {@link org.lstmrisk.io.WeightsFile}), so that no other
 * module sees a Tablesaw {@code Table}. Every cell that is used is parsed by this package, and every problem
 * is a {@link org.lstmrisk.io.DataInputException} with the message
 * {@code <file>, line <n>, field '<column>': <reason>} (the line and field parts are left out when they do
 * not apply). Lines are 1-based with the header on line 1 and count blank lines and line breaks inside quoted
 * fields, so they match what an editor shows.
 *
 * <p>Package-private helpers, one job each: {@code CsvLineScanner} (record start lines, ragged rows),
 * {@code CsvTable} (the Tablesaw read), {@code NumberCell} and {@code DatePattern} (cell parsing),
 * {@code PriceFileParser} (one price file to per-ticker rows), {@code CalendarAligner} (common calendar and
 * gap policy) and {@code Fingerprint}.
 */
package org.lstmrisk.io;
