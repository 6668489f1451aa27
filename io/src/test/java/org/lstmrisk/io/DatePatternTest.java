package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written date parser against java.time's strict formatters, as a second implementation: every day of
 * 1999–2101 written in both patterns, and every digit string of the shape whose month is 00–13 and day 00–32.
 */
class DatePatternTest {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DMY2 = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private static LocalDate reference(DateTimeFormatter f, String cell) {
        try {
            return LocalDate.from(f.parse(cell));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Test
    void parse_agreesWithTheStrictJavaTimeFormatter_onValidAndInvalidDates() {
        List<String> iso = new ArrayList<>();
        List<String> dmy = new ArrayList<>();
        for (int y : new int[] {0, 1999, 2000, 2023, 2024, 2100, 9999}) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    iso.add(String.format("%04d-%02d-%02d", y, m, d));
                    dmy.add(String.format("%02d-%02d-%02d", d, m, y % 100));
                }
            }
        }
        for (LocalDate d = LocalDate.of(1999, 1, 1); d.isBefore(LocalDate.of(2102, 1, 1)); d = d.plusDays(1)) {
            iso.add(d.toString());
            dmy.add(String.format("%02d-%02d-%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100));
        }
        iso.addAll(List.of("2024-3-08", "2024/03/08", "24-03-08", "2024-03-08 ", "２０２４-03-08", ""));
        int dates = 0;
        for (String cell : iso) {
            LocalDate expected = reference(ISO, cell);
            assertEquals(expected, DatePattern.ISO.hasShape(cell) ? DatePattern.ISO.parse(cell) : null, cell);
            dates += expected == null ? 0 : 1;
        }
        for (String cell : dmy) {
            assertEquals(reference(DMY2, cell), DatePattern.DAY_MONTH_YEAR2.parse(cell), cell);
        }
        assertEquals(true, dates > 37_000, "the test covers the valid dates too");
    }
}
