package org.lstmrisk.lstm.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * A vectorised e^x built only from IEEE additions, multiplications, fused multiply-adds and integer bit
 * operations, so that it gives the same bits whether the JVM interprets the Vector API or compiles it to SIMD
 * instructions. The Vector API's own {@code EXP} calls a platform library when compiled and Java code when not,
 * and the two can differ in the last bit, which made training results depend on JIT timing.
 *
 * <p>Method (Cody–Waite): x is clamped to [−708, 709], n = round(x·log₂e) by the 1.5·2⁵² trick, r = x − n·ln 2 in
 * two parts, e^r by its Taylor polynomial of degree 13 (|r| ≤ 0.35, truncation error below 5e-18), and 2ⁿ built
 * from the exponent bits. Relative error about 2 ulp. Stateless and thread-safe.
 */
final class VectorMath {

    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5·2⁵²: adding it rounds to an integer (ties to even) held in the low mantissa bits. */
    private static final double ROUNDER = 6755399441055744.0;
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
    private static final double[] INVERSE_FACTORIALS = inverseFactorials(13);

    private VectorMath() {
    }

    private static double[] inverseFactorials(int degree) {
        double[] c = new double[degree + 1];
        double f = 1.0;
        for (int k = 0; k <= degree; k++) {
            if (k > 0) {
                f *= k;
            }
            c[k] = 1.0 / f;
        }
        return c;
    }

    /** e^x lane by lane; e^x for x below −708 is about 3e-308 (not 0), above 709 about 8e307 (not ∞). */
    static DoubleVector exp(DoubleVector x) {
        DoubleVector clamped = x.max(-708.0).min(709.0);
        DoubleVector shifted = clamped.mul(LOG2E).add(ROUNDER);
        DoubleVector n = shifted.sub(ROUNDER);
        var species = x.species();
        DoubleVector r = n.fma(DoubleVector.broadcast(species, -LN2_HI), clamped);
        r = n.fma(DoubleVector.broadcast(species, -LN2_LO), r);
        DoubleVector p = DoubleVector.broadcast(species, INVERSE_FACTORIALS[13]);
        for (int k = 12; k >= 0; k--) {
            p = p.fma(r, DoubleVector.broadcast(species, INVERSE_FACTORIALS[k]));
        }
        LongVector exponent = ((LongVector) shifted.reinterpretAsLongs()).sub(ROUNDER_BITS).add(1023L)
                .lanewise(VectorOperators.LSHL, 52L);
        return p.mul((DoubleVector) exponent.reinterpretAsDoubles());
    }
}
