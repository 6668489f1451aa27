package org.lstmrisk.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The date patterns a price file may use, one per file. Both parse with {@link ResolverStyle#STRICT}
 * (no 30 February). {@link #DAY_MONTH_YEAR2} reads the two-digit year as 20yy: {@code 03-01-00} is
 * 2000-01-03, so it covers 2000-2099 only.
 */
enum DatePattern {

    /** {@code yyyy-MM-dd}, e.g. {@code 2024-03-08}. */
    ISO("yyyy-MM-dd", new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT)),

    /** {@code dd-MM-yy} with the year 20yy, e.g. {@code 03-01-00} for 2000-01-03. */
    DAY_MONTH_YEAR2("dd-MM-yy", new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT));

    private final String text;
    private final DateTimeFormatter formatter;

    DatePattern(String text, DateTimeFormatter formatter) {
        this.text = text;
        this.formatter = formatter;
    }

    /** The pattern whose shape {@code cell} has, or {@code null} when it has neither. */
    static DatePattern of(String cell) {
        for (DatePattern p : values()) {
            if (p.hasShape(cell)) {
                return p;
            }
        }
        return null;
    }

    /** True when {@code cell} has this pattern's digits and dashes (it may still be no valid date). */
    boolean hasShape(String cell) {
        return this == ISO ? digitsAndDashes(cell, 4, 2, 2) : digitsAndDashes(cell, 2, 2, 2);
    }

    /** The date, or {@code null} when {@code cell} does not have the shape or is no valid date. */
    LocalDate parse(String cell) {
        if (!hasShape(cell)) {
            return null;
        }
        try {
            return LocalDate.from(formatter.parse(cell));
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean digitsAndDashes(String s, int a, int b, int c) {
        if (s.length() != a + b + c + 2 || s.charAt(a) != '-' || s.charAt(a + b + 1) != '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (i != a && i != a + b + 1 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }
}
