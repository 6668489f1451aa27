package org.lstmrisk.io;

/**
 * Parses a numeric CSV cell strictly: an optional sign, digits with an optional decimal point, an optional
 * exponent; nothing else ({@code NaN}, {@code Infinity}, hex or a {@code d}/{@code f} suffix are refused).
 * Checks the syntax before parsing so that the happy path throws no exceptions.
 */
final class NumberCell {

    private NumberCell() {
    }

    /**
     * The number in data row {@code row}, column {@code column} of {@code table}.
     *
     * @throws DataInputException naming the cell when it is empty, {@code null}, {@code NaN}, not a number,
     *                            or too large to be finite
     */
    static double parse(CsvTable table, int row, int column) throws DataInputException {
        String cell = table.cell(row, column);
        if (!isDecimal(cell)) {
            throw table.error(row, column, whyNotANumber(cell));
        }
        double v = Double.parseDouble(cell);
        if (!Double.isFinite(v)) {
            throw table.error(row, column, "'" + cell + "' is not a finite number");
        }
        return v;
    }

    private static String whyNotANumber(String cell) {
        if (cell.isEmpty()) {
            return "empty cell, expected a number";
        }
        if (cell.equalsIgnoreCase("null")) {
            return "'" + cell + "' cell, expected a number";
        }
        if (cell.equalsIgnoreCase("nan")) {
            return "NaN, expected a number";
        }
        if (cell.toLowerCase(java.util.Locale.ROOT).contains("inf")) {
            return "'" + cell + "' is not a finite number";
        }
        return "'" + cell + "' is not a number";
    }

    /** True for {@code [+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?}. */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
