package org.lstmrisk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link NumberCell#exactFastPath}: bit for bit {@link Double#parseDouble} wherever it answers. */
class NumberCellFastPathTest {

    @Test
    void theFastPath_equalsParseDouble_toTheBit_onRandomDecimals() {
        var rng = new SplittableRandom(11);
        int answered = 0;
        for (int trial = 0; trial < 500_000; trial++) {
            String cell = randomDecimal(rng);
            double fast = NumberCell.exactFastPath(cell);
            if (!Double.isNaN(fast)) {
                answered++;
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cell)), Double.doubleToRawLongBits(fast),
                        cell);
            }
        }
        assertTrue(answered > 400_000, "the fast path answered " + answered + " of 500 000");
    }

    @Test
    void edgeCases_signsZerosAndTheLimits() {
        for (String cell : new String[] {"0", "-0", "+0", "-0.0", ".5", "5.", "0.000", "007.50", "-.25",
                "9007199254740992", "9007199254740993", "900719925474099.3", "1.0000000000000000000001",
                "123.4567890123456789", "0.1", "0.3", "2.675", "1e5", "1.5E-3", "170.8699951171875"}) {
            double fast = NumberCell.exactFastPath(cell);
            if (!Double.isNaN(fast)) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cell)), Double.doubleToRawLongBits(fast),
                        cell);
            }
        }
        assertTrue(Double.isNaN(NumberCell.exactFastPath("1e5")), "an exponent takes the general path");
        assertTrue(Double.isNaN(NumberCell.exactFastPath("9007199254740993")), "above 2^53 takes the general path");
        assertEquals(Long.MIN_VALUE, Double.doubleToRawLongBits(NumberCell.exactFastPath("-0")), "negative zero");
    }

    /** A decimal of 1 to 19 digits with the point anywhere (or none), an optional sign and leading zeros. */
    private static String randomDecimal(SplittableRandom rng) {
        var b = new StringBuilder();
        int sign = rng.nextInt(4);
        if (sign == 0) {
            b.append('-');
        } else if (sign == 1) {
            b.append('+');
        }
        int digits = 1 + rng.nextInt(19);
        int point = rng.nextInt(digits + 2) - 1; // -1: no point
        for (int k = 0; k < digits; k++) {
            if (k == point) {
                b.append('.');
            }
            b.append((char) ('0' + rng.nextInt(10)));
        }
        if (point == digits) {
            b.append('.');
        }
        return b.toString();
    }
}
