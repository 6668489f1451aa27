package org.lstmrisk.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The terminal counter redraws one line, clears a longer one, ends it at the last unit, and notes stand apart. */
class TerminalProgressTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-03-08T21:30:00Z"), ZoneOffset.UTC);

    @Test
    void advance_redrawsOneLine_padsOverALongerOne_andEndsItAtTheLastUnit() {
        var text = new StringWriter();
        Progress p = new TerminalProgress(new PrintWriter(text), FIXED);
        p.advance("walk-forwards", 1, 2, "AAPL garch");
        p.advance("walk-forwards", 2, 2, "MSFT");
        assertEquals("\r  walk-forwards: 1/2 AAPL garch (0 s)"
                + "\r  walk-forwards: 2/2 MSFT (0 s)" + " ".repeat(6) + System.lineSeparator(), text.toString());
    }

    @Test
    void note_endsAnOpenCounterLine_andStandsOnItsOwnLine() {
        var text = new StringWriter();
        Progress p = new TerminalProgress(new PrintWriter(text), FIXED);
        p.advance("forecasting", 1, 3);
        p.note("training LSTM");
        String nl = System.lineSeparator();
        assertEquals("\r  forecasting: 1/3 (0 s)" + nl + "  training LSTM" + nl, text.toString());
    }
}
