package org.lstmrisk.lstm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

class VectorMathTest {

    private static final int L = DoubleVector.SPECIES_PREFERRED.length();

    private static double[] exp(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i += L) {
            VectorMath.exp(DoubleVector.fromArray(DoubleVector.SPECIES_PREFERRED, x, i)).intoArray(out, i);
        }
        return out;
    }

    @Test
    void exp_agreesWithMathExpWithinAFewUlps_overTheWholeRange() {
        SplittableRandom rnd = new SplittableRandom(1);
        double[] x = new double[L * 4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 3 == 0 ? rnd.nextDouble(-708, 709) : rnd.nextDouble(-20, 20);
        }
        double[] y = exp(x);
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double ulps = Math.abs(y[i] - Math.exp(x[i])) / Math.ulp(Math.exp(x[i]));
            worst = Math.max(worst, ulps);
        }
        assertTrue(worst <= 4, "worst error " + worst + " ulp");
    }

    @Test
    void exp_isExactAtZero_andClampsOutsideTheNormalRange() {
        double[] x = new double[L];
        x[1] = -1e6;
        x[2] = 1e6;
        x[3] = 1.0;
        double[] y = exp(x);
        assertEquals(1.0, y[0], 0.0);
        assertEquals(Math.exp(-708), y[1], 4 * Math.ulp(Math.exp(-708)));
        assertEquals(Math.exp(709), y[2], 4 * Math.ulp(Math.exp(709)));
        assertEquals(Math.E, y[3], 2 * Math.ulp(Math.E));
    }
}
