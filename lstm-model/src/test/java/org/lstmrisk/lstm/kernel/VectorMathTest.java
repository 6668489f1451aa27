package org.lstmrisk.lstm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorMathTest {

    @Test
    void expInPlace_agreesWithMathExpWithinAFewUlps_overTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(1);
        double[] x = new double[32003];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 3 == 0 ? rnd.nextDouble(-708, 709) : rnd.nextDouble(-20, 20);
        }
        double[] y = x.clone();
        VectorMath.expInPlace(y, 0, y.length);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, Math.abs(y[i] - Math.exp(x[i])) / Math.ulp(Math.exp(x[i])));
        }
        assertTrue(worst <= 4, "worst error " + worst + " ulp");
    }

    @Test
    void vectorLanesAndScalarTail_giveTheSameBits() {
        SplittableRandom rnd = new SplittableRandom(2);
        double[] x = new double[1000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble(-50, 50);
        }
        double[] y = x.clone();
        VectorMath.expInPlace(y, 0, y.length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToRawLongBits(VectorMath.exp(x[i])), Double.doubleToRawLongBits(y[i]), "x = " + x[i]);
        }
    }

    @Test
    void exp_isExactAtZero_andClampsOutsideTheNormalRange() {
        assertEquals(1.0, VectorMath.exp(0.0), 0.0);
        assertEquals(Math.exp(-708), VectorMath.exp(-1e6), 4 * Math.ulp(Math.exp(-708)));
        assertEquals(Math.exp(709), VectorMath.exp(1e6), 4 * Math.ulp(Math.exp(709)));
        assertEquals(Math.E, VectorMath.exp(1.0), 2 * Math.ulp(Math.E));
        double[] tail = {1.0, 2.0, 3.0};
        VectorMath.expInPlace(tail, 1, 2);
        assertEquals(1.0, tail[0], 0.0, "outside the range: untouched");
        assertEquals(Math.exp(2.0), tail[1], 4 * Math.ulp(Math.exp(2.0)));
    }
}
