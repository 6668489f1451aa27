package org.lstmrisk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The terminal counter rewrites one line and ends it at the last step. */
class ProgressTest {

    @Test
    void terminal_rewritesOneLine_andEndsItAtTheLastStep() {
        var text = new StringWriter();
        Progress p = Progress.terminal(new PrintWriter(text));
        p.step(1, 2, "AAPL ewma");
        p.step(2, 2, "AAPL garch");
        String out = text.toString();
        assertEquals(2, out.chars().filter(c -> c == '\r').count());
        assertEquals(1, out.chars().filter(c -> c == '\n').count());
        assertEquals(true, out.contains("evaluate: 2/2 walk-forwards done (AAPL garch)"));
    }
}
