package org.lstmrisk.lstm.kernel;

import java.util.Arrays;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast {@link MatrixKernel}: a register-blocked FMA kernel on the JDK's incubating Vector API
 * ({@code jdk.incubator.vector}, needs {@code --add-modules jdk.incubator.vector}). Products with a
 * contiguous right operand ({@code A·B}, {@code Aᵀ·B}) are computed in tiles of 6 rows × 4 vectors of C
 * held in 24 of the 32 AVX-512 registers (then 4-, 2- and 1-row tiles for the remaining rows), the shared
 * dimension blocked by {@value #KC} to keep the panel of B in cache; {@code A·Bᵀ} uses vectorised dot
 * products. Holds no state: one instance may be shared by any number of threads.
 */
public final class VectorKernel implements MatrixKernel {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Scratch for summing a vector's lanes in a fixed order; it makes an instance thread-confined. */
    private final double[] lanes = new double[L];
    private static final int KC = 256;

    /** Creates the kernel (stateless). */
    public VectorKernel() {
        // stateless
    }

    /** The number of doubles in one vector register of the preferred species, e.g. 8 with AVX-512. */
    public static int vectorLength() {
        return L;
    }

    @Override
    public void multiply(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff, int ldb,
            double[] c, int cOff, int ldc, boolean accumulate) {
        gemm(m, n, k, a, aOff, lda, 1, b, bOff, ldb, c, cOff, ldc, accumulate);
    }

    @Override
    public void multiplyTransposedLeft(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
            int ldb, double[] c, int cOff, int ldc, boolean accumulate) {
        gemm(m, n, k, a, aOff, 1, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
    }

    @Override
    public void multiplyTransposedRight(int m, int n, int k, double[] a, int aOff, int lda, double[] b, int bOff,
            int ldb, double[] c, int cOff, int ldc, boolean accumulate) {
        int kv = k - k % L;
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * lda;
            int ci = cOff + i * ldc;
            for (int j = 0; j < n; j++) {
                int bj = bOff + j * ldb;
                double sum = 0.0;
                if (kv > 0) {
                    DoubleVector acc = DoubleVector.zero(S);
                    for (int p = 0; p < kv; p += L) {
                        acc = DoubleVector.fromArray(S, a, ai + p).fma(DoubleVector.fromArray(S, b, bj + p), acc);
                    }
                    // Lanes summed in a fixed order: reduceLanes leaves the order open, and compiled and
                    // interpreted code then round differently.
                    acc.intoArray(lanes, 0);
                    for (int lane = 0; lane < L; lane++) {
                        sum += lanes[lane];
                    }
                }
                for (int p = kv; p < k; p++) {
                    sum += a[ai + p] * b[bj + p];
                }
                c[ci + j] = accumulate ? c[ci + j] + sum : sum;
            }
        }
    }

    @Override
    public String name() {
        return "vector";
    }

    /** C (+)= A·B where element (i, p) of A is at aOff + i·ars + p·acs and B is row-major. */
    private static void gemm(int m, int n, int k, double[] a, int aOff, int ars, int acs, double[] b, int bOff,
            int ldb, double[] c, int cOff, int ldc, boolean accumulate) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            if (!accumulate) {
                for (int i = 0; i < m; i++) {
                    Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0.0);
                }
            }
            return;
        }
        int n4 = n - n % (4 * L);
        int n1 = n - n % L;
        int m4 = m - m % 4;
        for (int p0 = 0; p0 < k; p0 += KC) {
            int p1 = Math.min(k, p0 + KC);
            boolean acc = accumulate || p0 > 0;
            for (int j = 0; j < n4; j += 4 * L) {
                int i = 0;
                for (; i + 6 <= m; i += 6) {
                    tile6x4(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, acc);
                }
                if (i + 4 <= m) {
                    tile4x4(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, acc);
                    i += 4;
                }
                if (i + 2 <= m) {
                    tile2x4(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, acc);
                    i += 2;
                }
                if (i < m) {
                    tile1x4(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, acc);
                }
            }
            for (int j = n4; j < n1; j += L) {
                for (int i = 0; i < m4; i += 4) {
                    tile4x1(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, acc);
                }
                for (int i = m4; i < m; i++) {
                    tile1x1(i, j, p0, p1, a, aOff, ars, acs, b, bOff, ldb, c, cOff, ldc, acc);
                }
            }
            for (int j = n1; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    int ap = aOff + i * ars;
                    double sum = acc ? c[cOff + i * ldc + j] : 0.0;
                    for (int p = p0; p < p1; p++) {
                        sum = Math.fma(a[ap + p * acs], b[bOff + p * ldb + j], sum);
                    }
                    c[cOff + i * ldc + j] = sum;
                }
            }
        }
    }

    private static void tile6x4(int i, int j, int p0, int p1, double[] a, int aOff, int ars, int acs, double[] b,
            int bOff, int ldb, double[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j;
        DoubleVector z = DoubleVector.zero(S);
        DoubleVector r00 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 0 * L) : z;
        DoubleVector r01 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 1 * L) : z;
        DoubleVector r02 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 2 * L) : z;
        DoubleVector r03 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 3 * L) : z;
        DoubleVector r10 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 0 * L) : z;
        DoubleVector r11 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 1 * L) : z;
        DoubleVector r12 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 2 * L) : z;
        DoubleVector r13 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 3 * L) : z;
        DoubleVector r20 = acc ? DoubleVector.fromArray(S, c, c0 + 2 * ldc + 0 * L) : z;
        DoubleVector r21 = acc ? DoubleVector.fromArray(S, c, c0 + 2 * ldc + 1 * L) : z;
        DoubleVector r22 = acc ? DoubleVector.fromArray(S, c, c0 + 2 * ldc + 2 * L) : z;
        DoubleVector r23 = acc ? DoubleVector.fromArray(S, c, c0 + 2 * ldc + 3 * L) : z;
        DoubleVector r30 = acc ? DoubleVector.fromArray(S, c, c0 + 3 * ldc + 0 * L) : z;
        DoubleVector r31 = acc ? DoubleVector.fromArray(S, c, c0 + 3 * ldc + 1 * L) : z;
        DoubleVector r32 = acc ? DoubleVector.fromArray(S, c, c0 + 3 * ldc + 2 * L) : z;
        DoubleVector r33 = acc ? DoubleVector.fromArray(S, c, c0 + 3 * ldc + 3 * L) : z;
        DoubleVector r40 = acc ? DoubleVector.fromArray(S, c, c0 + 4 * ldc + 0 * L) : z;
        DoubleVector r41 = acc ? DoubleVector.fromArray(S, c, c0 + 4 * ldc + 1 * L) : z;
        DoubleVector r42 = acc ? DoubleVector.fromArray(S, c, c0 + 4 * ldc + 2 * L) : z;
        DoubleVector r43 = acc ? DoubleVector.fromArray(S, c, c0 + 4 * ldc + 3 * L) : z;
        DoubleVector r50 = acc ? DoubleVector.fromArray(S, c, c0 + 5 * ldc + 0 * L) : z;
        DoubleVector r51 = acc ? DoubleVector.fromArray(S, c, c0 + 5 * ldc + 1 * L) : z;
        DoubleVector r52 = acc ? DoubleVector.fromArray(S, c, c0 + 5 * ldc + 2 * L) : z;
        DoubleVector r53 = acc ? DoubleVector.fromArray(S, c, c0 + 5 * ldc + 3 * L) : z;
        int a0 = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOff + p * ldb + j;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp + 0 * L);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + 1 * L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * acs;
            DoubleVector x = DoubleVector.broadcast(S, a[ap + 0 * ars]);
            r00 = x.fma(b0, r00);
            r01 = x.fma(b1, r01);
            r02 = x.fma(b2, r02);
            r03 = x.fma(b3, r03);
            x = DoubleVector.broadcast(S, a[ap + 1 * ars]);
            r10 = x.fma(b0, r10);
            r11 = x.fma(b1, r11);
            r12 = x.fma(b2, r12);
            r13 = x.fma(b3, r13);
            x = DoubleVector.broadcast(S, a[ap + 2 * ars]);
            r20 = x.fma(b0, r20);
            r21 = x.fma(b1, r21);
            r22 = x.fma(b2, r22);
            r23 = x.fma(b3, r23);
            x = DoubleVector.broadcast(S, a[ap + 3 * ars]);
            r30 = x.fma(b0, r30);
            r31 = x.fma(b1, r31);
            r32 = x.fma(b2, r32);
            r33 = x.fma(b3, r33);
            x = DoubleVector.broadcast(S, a[ap + 4 * ars]);
            r40 = x.fma(b0, r40);
            r41 = x.fma(b1, r41);
            r42 = x.fma(b2, r42);
            r43 = x.fma(b3, r43);
            x = DoubleVector.broadcast(S, a[ap + 5 * ars]);
            r50 = x.fma(b0, r50);
            r51 = x.fma(b1, r51);
            r52 = x.fma(b2, r52);
            r53 = x.fma(b3, r53);
        }
        r00.intoArray(c, c0 + 0 * ldc + 0 * L);
        r01.intoArray(c, c0 + 0 * ldc + 1 * L);
        r02.intoArray(c, c0 + 0 * ldc + 2 * L);
        r03.intoArray(c, c0 + 0 * ldc + 3 * L);
        r10.intoArray(c, c0 + 1 * ldc + 0 * L);
        r11.intoArray(c, c0 + 1 * ldc + 1 * L);
        r12.intoArray(c, c0 + 1 * ldc + 2 * L);
        r13.intoArray(c, c0 + 1 * ldc + 3 * L);
        r20.intoArray(c, c0 + 2 * ldc + 0 * L);
        r21.intoArray(c, c0 + 2 * ldc + 1 * L);
        r22.intoArray(c, c0 + 2 * ldc + 2 * L);
        r23.intoArray(c, c0 + 2 * ldc + 3 * L);
        r30.intoArray(c, c0 + 3 * ldc + 0 * L);
        r31.intoArray(c, c0 + 3 * ldc + 1 * L);
        r32.intoArray(c, c0 + 3 * ldc + 2 * L);
        r33.intoArray(c, c0 + 3 * ldc + 3 * L);
        r40.intoArray(c, c0 + 4 * ldc + 0 * L);
        r41.intoArray(c, c0 + 4 * ldc + 1 * L);
        r42.intoArray(c, c0 + 4 * ldc + 2 * L);
        r43.intoArray(c, c0 + 4 * ldc + 3 * L);
        r50.intoArray(c, c0 + 5 * ldc + 0 * L);
        r51.intoArray(c, c0 + 5 * ldc + 1 * L);
        r52.intoArray(c, c0 + 5 * ldc + 2 * L);
        r53.intoArray(c, c0 + 5 * ldc + 3 * L);
    }

    private static void tile2x4(int i, int j, int p0, int p1, double[] a, int aOff, int ars, int acs, double[] b,
            int bOff, int ldb, double[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j;
        DoubleVector z = DoubleVector.zero(S);
        DoubleVector r00 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 0 * L) : z;
        DoubleVector r01 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 1 * L) : z;
        DoubleVector r02 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 2 * L) : z;
        DoubleVector r03 = acc ? DoubleVector.fromArray(S, c, c0 + 0 * ldc + 3 * L) : z;
        DoubleVector r10 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 0 * L) : z;
        DoubleVector r11 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 1 * L) : z;
        DoubleVector r12 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 2 * L) : z;
        DoubleVector r13 = acc ? DoubleVector.fromArray(S, c, c0 + 1 * ldc + 3 * L) : z;
        int a0 = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOff + p * ldb + j;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp + 0 * L);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + 1 * L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * acs;
            DoubleVector x = DoubleVector.broadcast(S, a[ap + 0 * ars]);
            r00 = x.fma(b0, r00);
            r01 = x.fma(b1, r01);
            r02 = x.fma(b2, r02);
            r03 = x.fma(b3, r03);
            x = DoubleVector.broadcast(S, a[ap + 1 * ars]);
            r10 = x.fma(b0, r10);
            r11 = x.fma(b1, r11);
            r12 = x.fma(b2, r12);
            r13 = x.fma(b3, r13);
        }
        r00.intoArray(c, c0 + 0 * ldc + 0 * L);
        r01.intoArray(c, c0 + 0 * ldc + 1 * L);
        r02.intoArray(c, c0 + 0 * ldc + 2 * L);
        r03.intoArray(c, c0 + 0 * ldc + 3 * L);
        r10.intoArray(c, c0 + 1 * ldc + 0 * L);
        r11.intoArray(c, c0 + 1 * ldc + 1 * L);
        r12.intoArray(c, c0 + 1 * ldc + 2 * L);
        r13.intoArray(c, c0 + 1 * ldc + 3 * L);
    }

    private static void tile4x4(int i, int j, int p0, int p1, double[] a, int aOff, int ars, int acs, double[] b,
            int bOff, int ldb, double[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector z = DoubleVector.zero(S);
        DoubleVector r00 = acc ? DoubleVector.fromArray(S, c, c0) : z;
        DoubleVector r01 = acc ? DoubleVector.fromArray(S, c, c0 + L) : z;
        DoubleVector r02 = acc ? DoubleVector.fromArray(S, c, c0 + 2 * L) : z;
        DoubleVector r03 = acc ? DoubleVector.fromArray(S, c, c0 + 3 * L) : z;
        DoubleVector r10 = acc ? DoubleVector.fromArray(S, c, c1) : z;
        DoubleVector r11 = acc ? DoubleVector.fromArray(S, c, c1 + L) : z;
        DoubleVector r12 = acc ? DoubleVector.fromArray(S, c, c1 + 2 * L) : z;
        DoubleVector r13 = acc ? DoubleVector.fromArray(S, c, c1 + 3 * L) : z;
        DoubleVector r20 = acc ? DoubleVector.fromArray(S, c, c2) : z;
        DoubleVector r21 = acc ? DoubleVector.fromArray(S, c, c2 + L) : z;
        DoubleVector r22 = acc ? DoubleVector.fromArray(S, c, c2 + 2 * L) : z;
        DoubleVector r23 = acc ? DoubleVector.fromArray(S, c, c2 + 3 * L) : z;
        DoubleVector r30 = acc ? DoubleVector.fromArray(S, c, c3) : z;
        DoubleVector r31 = acc ? DoubleVector.fromArray(S, c, c3 + L) : z;
        DoubleVector r32 = acc ? DoubleVector.fromArray(S, c, c3 + 2 * L) : z;
        DoubleVector r33 = acc ? DoubleVector.fromArray(S, c, c3 + 3 * L) : z;
        int a0 = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOff + p * ldb + j;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bp + 3 * L);
            int ap = a0 + p * acs;
            DoubleVector x = DoubleVector.broadcast(S, a[ap]);
            r00 = x.fma(b0, r00);
            r01 = x.fma(b1, r01);
            r02 = x.fma(b2, r02);
            r03 = x.fma(b3, r03);
            x = DoubleVector.broadcast(S, a[ap + ars]);
            r10 = x.fma(b0, r10);
            r11 = x.fma(b1, r11);
            r12 = x.fma(b2, r12);
            r13 = x.fma(b3, r13);
            x = DoubleVector.broadcast(S, a[ap + 2 * ars]);
            r20 = x.fma(b0, r20);
            r21 = x.fma(b1, r21);
            r22 = x.fma(b2, r22);
            r23 = x.fma(b3, r23);
            x = DoubleVector.broadcast(S, a[ap + 3 * ars]);
            r30 = x.fma(b0, r30);
            r31 = x.fma(b1, r31);
            r32 = x.fma(b2, r32);
            r33 = x.fma(b3, r33);
        }
        r00.intoArray(c, c0);
        r01.intoArray(c, c0 + L);
        r02.intoArray(c, c0 + 2 * L);
        r03.intoArray(c, c0 + 3 * L);
        r10.intoArray(c, c1);
        r11.intoArray(c, c1 + L);
        r12.intoArray(c, c1 + 2 * L);
        r13.intoArray(c, c1 + 3 * L);
        r20.intoArray(c, c2);
        r21.intoArray(c, c2 + L);
        r22.intoArray(c, c2 + 2 * L);
        r23.intoArray(c, c2 + 3 * L);
        r30.intoArray(c, c3);
        r31.intoArray(c, c3 + L);
        r32.intoArray(c, c3 + 2 * L);
        r33.intoArray(c, c3 + 3 * L);
    }

    private static void tile1x4(int i, int j, int p0, int p1, double[] a, int aOff, int ars, int acs, double[] b,
            int bOff, int ldb, double[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j;
        DoubleVector z = DoubleVector.zero(S);
        DoubleVector r0 = acc ? DoubleVector.fromArray(S, c, c0) : z;
        DoubleVector r1 = acc ? DoubleVector.fromArray(S, c, c0 + L) : z;
        DoubleVector r2 = acc ? DoubleVector.fromArray(S, c, c0 + 2 * L) : z;
        DoubleVector r3 = acc ? DoubleVector.fromArray(S, c, c0 + 3 * L) : z;
        int a0 = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            int bp = bOff + p * ldb + j;
            DoubleVector x = DoubleVector.broadcast(S, a[a0 + p * acs]);
            r0 = x.fma(DoubleVector.fromArray(S, b, bp), r0);
            r1 = x.fma(DoubleVector.fromArray(S, b, bp + L), r1);
            r2 = x.fma(DoubleVector.fromArray(S, b, bp + 2 * L), r2);
            r3 = x.fma(DoubleVector.fromArray(S, b, bp + 3 * L), r3);
        }
        r0.intoArray(c, c0);
        r1.intoArray(c, c0 + L);
        r2.intoArray(c, c0 + 2 * L);
        r3.intoArray(c, c0 + 3 * L);
    }

    private static void tile4x1(int i, int j, int p0, int p1, double[] a, int aOff, int ars, int acs, double[] b,
            int bOff, int ldb, double[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector z = DoubleVector.zero(S);
        DoubleVector r0 = acc ? DoubleVector.fromArray(S, c, c0) : z;
        DoubleVector r1 = acc ? DoubleVector.fromArray(S, c, c1) : z;
        DoubleVector r2 = acc ? DoubleVector.fromArray(S, c, c2) : z;
        DoubleVector r3 = acc ? DoubleVector.fromArray(S, c, c3) : z;
        int a0 = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            DoubleVector bv = DoubleVector.fromArray(S, b, bOff + p * ldb + j);
            int ap = a0 + p * acs;
            r0 = DoubleVector.broadcast(S, a[ap]).fma(bv, r0);
            r1 = DoubleVector.broadcast(S, a[ap + ars]).fma(bv, r1);
            r2 = DoubleVector.broadcast(S, a[ap + 2 * ars]).fma(bv, r2);
            r3 = DoubleVector.broadcast(S, a[ap + 3 * ars]).fma(bv, r3);
        }
        r0.intoArray(c, c0);
        r1.intoArray(c, c1);
        r2.intoArray(c, c2);
        r3.intoArray(c, c3);
    }

    private static void tile1x1(int i, int j, int p0, int p1, double[] a, int aOff, int ars, int acs, double[] b,
            int bOff, int ldb, double[] c, int cOff, int ldc, boolean acc) {
        int c0 = cOff + i * ldc + j;
        DoubleVector r0 = acc ? DoubleVector.fromArray(S, c, c0) : DoubleVector.zero(S);
        int a0 = aOff + i * ars;
        for (int p = p0; p < p1; p++) {
            r0 = DoubleVector.broadcast(S, a[a0 + p * acs]).fma(DoubleVector.fromArray(S, b, bOff + p * ldb + j), r0);
        }
        r0.intoArray(c, c0);
    }
}
