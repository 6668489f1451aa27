package org.lstmrisk.lstm.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * e^x over an array, built only from IEEE additions, multiplications, fused multiply-adds and integer bit
 * operations, so that it gives the same bits whether the JVM interprets the Vector API or compiles it to SIMD
 * instructions. (The Vector API's own {@code EXP} calls a platform library when compiled and Java code when not,
 * and the two differ in the last bit, which made training depend on JIT timing.) The elements past the last full
 * vector go through {@link #exp(double)}, the same algorithm on scalars.
 *
 * <p>Method (Cody–Waite): x is clamped to [−708, 709], n = round(x·log₂e) by the 1.5·2⁵² trick, r = x − n·ln 2 in
 * two parts, e^r by its Taylor polynomial of degree 13 (|r| ≤ 0.35, truncation error below 5e-18), and 2ⁿ from
 * the exponent bits. Within 4 ulp of {@link Math#exp}. All vector work stays inside one loop, so that the JIT
 * keeps the vectors in registers instead of allocating them. Stateless and thread-safe.
 */
final class VectorMath {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final double LOG2E = 1.4426950408889634;
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5·2⁵²: adding it rounds to an integer (ties to even) held in the low mantissa bits. */
    private static final double ROUNDER = 6755399441055744.0;
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
    private static final double MIN_X = -708.0;
    private static final double MAX_X = 709.0;
    private static final double C0 = 1.0;
    private static final double C1 = 1.0;
    private static final double C2 = 1.0 / 2;
    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    private static final double C6 = 1.0 / 720;
    private static final double C7 = 1.0 / 5040;
    private static final double C8 = 1.0 / 40320;
    private static final double C9 = 1.0 / 362880;
    private static final double C10 = 1.0 / 3628800;
    private static final double C11 = 1.0 / 39916800;
    private static final double C12 = 1.0 / 479001600;
    private static final double C13 = 1.0 / 6227020800.0;

    private VectorMath() {
    }

    /** Replaces {@code a[off] … a[off + len − 1]} by their exponentials. */
    static void expInPlace(double[] a, int off, int len) {
        int end = off + len;
        int vectorEnd = off + len - len % L;
        for (int i = off; i < vectorEnd; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, i).max(MIN_X).min(MAX_X);
            DoubleVector shifted = x.mul(LOG2E).add(ROUNDER);
            DoubleVector n = shifted.sub(ROUNDER);
            DoubleVector r = n.fma(DoubleVector.broadcast(S, -LN2_HI), x);
            r = n.fma(DoubleVector.broadcast(S, -LN2_LO), r);
            DoubleVector p = DoubleVector.broadcast(S, C13);
            p = p.fma(r, DoubleVector.broadcast(S, C12));
            p = p.fma(r, DoubleVector.broadcast(S, C11));
            p = p.fma(r, DoubleVector.broadcast(S, C10));
            p = p.fma(r, DoubleVector.broadcast(S, C9));
            p = p.fma(r, DoubleVector.broadcast(S, C8));
            p = p.fma(r, DoubleVector.broadcast(S, C7));
            p = p.fma(r, DoubleVector.broadcast(S, C6));
            p = p.fma(r, DoubleVector.broadcast(S, C5));
            p = p.fma(r, DoubleVector.broadcast(S, C4));
            p = p.fma(r, DoubleVector.broadcast(S, C3));
            p = p.fma(r, DoubleVector.broadcast(S, C2));
            p = p.fma(r, DoubleVector.broadcast(S, C1));
            p = p.fma(r, DoubleVector.broadcast(S, C0));
            LongVector bits = shifted.viewAsIntegralLanes().sub(ROUNDER_BITS - 1023L).lanewise(VectorOperators.LSHL, 52);
            p.mul(bits.viewAsFloatingLanes()).intoArray(a, i);
        }
        for (int i = vectorEnd; i < end; i++) {
            a[i] = exp(a[i]);
        }
    }

    /** e^x by the same algorithm on one value (bit-identical to the vector lanes). */
    static double exp(double value) {
        double x = Math.min(Math.max(value, MIN_X), MAX_X);
        double shifted = x * LOG2E + ROUNDER;
        double n = shifted - ROUNDER;
        double r = Math.fma(n, -LN2_HI, x);
        r = Math.fma(n, -LN2_LO, r);
        double p = C13;
        p = Math.fma(p, r, C12);
        p = Math.fma(p, r, C11);
        p = Math.fma(p, r, C10);
        p = Math.fma(p, r, C9);
        p = Math.fma(p, r, C8);
        p = Math.fma(p, r, C7);
        p = Math.fma(p, r, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        p = Math.fma(p, r, C1);
        p = Math.fma(p, r, C0);
        long bits = (Double.doubleToRawLongBits(shifted) - (ROUNDER_BITS - 1023L)) << 52;
        return p * Double.longBitsToDouble(bits);
    }
}
