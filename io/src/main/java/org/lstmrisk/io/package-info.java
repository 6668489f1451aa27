/**
 * Reading input files at the edge of the application: prices ({@link org.lstmrisk.io.PriceDataReader}),
 * portfolio weights ({@link org.lstmrisk.io.WeightsReader}) and quarterly GDP ({@link org.lstmrisk.io.GdpReader}).
 *
 * <p>Each CSV file is read from disk once and split into records once (every cell as text), then converted here
 * into the project's own immutable types ({@code PriceHistory}, {@code MacroSeries},
 * {@link org.lstmrisk.io.WeightsFile}); the fingerprint is taken over the same bytes. No table library: a generic
 * reader reports rows rather than file lines and guesses or forgives cells this package must refuse (see
 * docs/ARCHITECTURE.md). Every cell that is used is parsed by this package, and every problem
 * is a {@link org.lstmrisk.io.DataInputException} with the message
 * {@code <file>, line <n>, field '<column>': <reason>} (the line and field parts are left out when they do
 * not apply). Lines are 1-based with the header on line 1 and count blank lines and line breaks inside quoted
 * fields, so they match what an editor shows.
 *
 * <p>Package-private helpers, one job each: {@code CsvLineScanner} (records, their start lines, ragged rows),
 * {@code CsvTable} (one file: its bytes, header and cells), {@code NumberCell} and {@code DatePattern} (cell parsing),
 * {@code PriceFileParser} (one price file to per-ticker rows), {@code CalendarAligner} (common calendar and
 * gap policy) and {@code Fingerprint}.
 */
package org.lstmrisk.io;
