package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV files the application writes: RFC 4180 quoting and no spreadsheet formulas; and the ticker rule. */
class CsvOutputTest {

    private static String field(String s) {
        String line = new CsvOutput().row(s, "x").text();
        assertTrue(line.endsWith(",x\n"), line);
        return line.substring(0, line.length() - ",x\n".length());
    }

    @Test
    void formulasGetALeadingQuote_andQuotesCommasAndLineBreaksAreQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", field("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", field("+1+2"));
        assertEquals("'-1+2", field("-1+2"));
        assertEquals("'@SUM(A1)", field("@SUM(A1)"));
        assertEquals("'\tx", field("\tx"));
        assertEquals("\"'\rx\"", field("\rx"));
        assertEquals("\"A,\"\"B\"", field("A,\"B"));
        assertEquals("\"two\nlines\"", field("two\nlines"));
        assertEquals("y,", new CsvOutput().row("y", null).text().strip());
    }

    @Test
    void plainTextAndNumbersAreWrittenAsTheyAre() {
        for (String s : new String[] {"AAPL", "single-name-risk:INTC", "-0.25", "1.0E-4", "-1.5E-7", "-Infinity",
                "NaN", "2024-03-08T10:00:00Z", "0.012", "été"}) {
            assertEquals(s, field(s));
            assertEquals(s, CsvOutput.neutralised(s));
        }
        assertEquals("", CsvOutput.neutralised(null));
    }

    @Test
    void rowsEndWithANewline_andAHeaderComesFirst() {
        CsvOutput csv = CsvOutput.withHeader(List.of("a", "b")).row("1", "2").row(List.of("3", "4"));
        assertEquals("a,b\n1,2\n3,4\n", csv.text());
        assertArrayEquals("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8), csv.utf8());
    }

    /** Where Commons CSV quotes more than RFC 4180 needs: the values read back unchanged. */
    @Test
    void commonsCsvsExtraQuoting_readsBackTheSameValues() throws IOException {
        assertEquals("\"\",a\n", new CsvOutput().row("", "a").text());
        assertEquals("\"#1\",\"!b\",\" c\",\"d \"\n", new CsvOutput().row("#1", "!b", " c", "d ").text());
        List<String> values = List.of("", "#1", " c", "d ", "a,\"b\"", "x\ny", "'=1+2");
        String text = new CsvOutput().row(values).text();
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertEquals(1, records.size());
        assertEquals(values, records.get(0).toList());
    }

    @Test
    void tickerRule() {
        for (String ok : new String[] {"AAPL", "BRK-B", "^GSPC", "000001.SS", "EURUSD=X", "A_B", "X".repeat(32)}) {
            assertTrue(TickerName.problem(ok).isEmpty(), ok);
        }
        for (String bad : new String[] {"", ".", "..", "../x", "a/b", "/etc/passwd", "a\\b", "A B", "=X", "-X",
                "@X", "+X", "A\u0000", "X".repeat(33), "Ä"}) {
            assertFalse(TickerName.problem(bad).isEmpty(), bad);
        }
        assertEquals("a?b", TickerName.printable("a\nb"));
    }
}
