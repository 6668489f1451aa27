package org.lstmrisk.io;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The date patterns a price file may use, one per file. Both parse strictly (no 30 February).
 * {@link #DAY_MONTH_YEAR2} reads the two-digit year as 20yy: {@code 03-01-00} is 2000-01-03, so it covers
 * 2000-2099 only.
 */
enum DatePattern {

    /** {@code yyyy-MM-dd}, e.g. {@code 2024-03-08}. */
    ISO("yyyy-MM-dd"),

    /** {@code dd-MM-yy} with the year 20yy, e.g. {@code 03-01-00} for 2000-01-03. */
    DAY_MONTH_YEAR2("dd-MM-yy");

    private final String text;

    DatePattern(String text) {
        this.text = text;
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

    /**
     * The date, or {@code null} when {@code cell} does not have the shape or is no valid date. Strict: the day must
     * exist in its month and year ({@link LocalDate#of} checks it), so 2023-02-29 and 2024-04-31 are no dates.
     */
    LocalDate parse(String cell) {
        if (!hasShape(cell)) {
            return null;
        }
        int year = this == ISO ? digits(cell, 0, 4) : 2000 + digits(cell, 6, 8);
        int month = this == ISO ? digits(cell, 5, 7) : digits(cell, 3, 5);
        int day = this == ISO ? digits(cell, 8, 10) : digits(cell, 0, 2);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
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
