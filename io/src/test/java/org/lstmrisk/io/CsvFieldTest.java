package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CSV fields the application writes: RFC 4180 quoting and no spreadsheet formulas; and the ticker rule. */
class CsvFieldTest {

    @Test
    void formulasGetALeadingQuote_andQuotesCommasAndLineBreaksAreQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvField.of("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", CsvField.of("+1+2"));
        assertEquals("'-1+2", CsvField.of("-1+2"));
        assertEquals("'@SUM(A1)", CsvField.of("@SUM(A1)"));
        assertEquals("\"A,\"\"B\"", CsvField.of("A,\"B"));
        assertEquals("\"two\nlines\"", CsvField.of("two\nlines"));
        assertEquals("", CsvField.of(null));
    }

    @Test
    void plainTextAndNumbersAreWrittenAsTheyAre() {
        for (String s : new String[] {"AAPL", "single-name-risk:INTC", "-0.25", "1.0E-4", "-1.5E-7", "-Infinity",
                "NaN", "2024-03-08T10:00:00Z", "0.012"}) {
            assertEquals(s, CsvField.of(s));
        }
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
