package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * The scanner against a second implementation: records written by Apache Commons CSV (RFC 4180, quoting what
 * needs it) read back field for field, with the line each record starts on, over seeded random content with
 * separators, quotes, line breaks and spaces inside fields.
 */
class CsvLineScannerTest {

    private static final String ALPHABET = "ab1.-, \"\n\r\t";

    @Test
    void randomRecords_readBackAsCommonsCsvWroteThem_withTheirStartLines() throws Exception {
        var rng = new SplittableRandom(20240308L);
        for (int trial = 0; trial < 200; trial++) {
            int columns = 1 + rng.nextInt(5);
            var rows = new ArrayList<String[]>();
            for (int r = 0; r < 1 + rng.nextInt(20); r++) {
                String[] row = new String[columns];
                for (int c = 0; c < columns; c++) {
                    var f = new StringBuilder();
                    for (int k = rng.nextInt(8); k > 0; k--) {
                        f.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
                    }
                    row[c] = f.toString();
                }
                if (columns == 1 && row[0].isBlank()) {
                    row[0] = "x" + row[0]; // a one-field blank record is a blank line, which the scanner skips
                }
                rows.add(row);
            }
            String text = write(rows, trial % 2 == 0 ? "\n" : "\r\n");
            var records = CsvLineScanner.scan(Path.of("t.csv"), text.getBytes(StandardCharsets.UTF_8), ',');
            assertEquals(rows.size(), records.records().size(), text);
            int line = 1;
            for (int r = 0; r < rows.size(); r++) {
                assertArrayEquals(rows.get(r), records.records().get(r), "trial " + trial + " record " + r + "\n" + text);
                assertEquals(line, records.lines()[r], "start line of record " + r);
                for (String f : rows.get(r)) {
                    line += breaks(f);
                }
                line++;
            }
        }
    }

    private static String write(List<String[]> rows, String recordSeparator) throws IOException {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator(recordSeparator).get())) {
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
        }
        return out.toString();
    }

    /** Line breaks in a field as the scanner counts them: \r\n, \n and \r each one. */
    private static int breaks(String f) {
        int n = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == f.length() || f.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
