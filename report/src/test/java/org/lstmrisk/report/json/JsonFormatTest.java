package org.lstmrisk.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared JSON format: component order, full-precision doubles, non-finite values, nulls, dates. */
class JsonFormatTest {

    record Sample(double zeta, double alpha, Double missing, @JsonInclude(JsonInclude.Include.NON_NULL) String absent,
                  LocalDate date, Instant at, List<Integer> empty) {
    }

    @Test
    void document_writesComponentsInOrder_indented_withATrailingNewline() {
        String text = JsonFormat.documentText(new Sample(0.1 + 0.2, -0.0, null, null, LocalDate.of(2024, 3, 8),
                Instant.parse("2024-03-08T21:30:00.125Z"), List.of()));
        assertEquals("""
                {
                  "zeta" : 0.30000000000000004,
                  "alpha" : -0.0,
                  "missing" : null,
                  "date" : "2024-03-08",
                  "at" : "2024-03-08T21:30:00.125Z",
                  "empty" : [ ]
                }
                """, text);
    }

    @Test
    void line_writesNonFiniteDoublesAsStrings_onOneLine() {
        assertEquals("{\"zeta\":\"NaN\",\"alpha\":\"-Infinity\",\"missing\":1.0E-300,\"date\":null,\"at\":null,"
                + "\"empty\":[1]}", JsonFormat.line(new Sample(Double.NaN, Double.NEGATIVE_INFINITY, 1e-300, null,
                null, null, List.of(1))));
    }
}
