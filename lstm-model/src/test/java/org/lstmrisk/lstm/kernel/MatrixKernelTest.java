package org.lstmrisk.lstm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Both kernels against a plain triple loop written here, and the Vector API kernel against the ojAlgo
 * kernel, on random and edge shapes (sizes around and off the vector length, offsets and padded leading
 * dimensions); every element outside the target view must stay untouched.
 */
class MatrixKernelTest {

    private static final double GUARD = -7.25;
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 65};

    private enum Op { NN, TN, NT }

    @Test
    void test_vectorKernel_equalsOjAlgoAndNaive_onEdgeShapes() {
        SplittableRandom random = new SplittableRandom(1);
        MatrixKernel vector = new VectorKernel();
        MatrixKernel ojalgo = new OjAlgoKernel();
        int cases = 0;
        for (Op op : Op.values()) {
            for (int m : SIZES) {
                for (int n : SIZES) {
                    int k = SIZES[random.nextInt(SIZES.length)];
                    boolean accumulate = random.nextBoolean();
                    compare(op, m, n, k, accumulate, random, vector, ojalgo);
                    cases++;
                }
            }
        }
        assertEquals(3 * SIZES.length * SIZES.length, cases);
    }

    @Test
    void test_vectorKernel_equalsOjAlgo_onNetworkShapes() {
        SplittableRandom random = new SplittableRandom(2);
        MatrixKernel vector = new VectorKernel();
        MatrixKernel ojalgo = new OjAlgoKernel();
        int[][] shapes = {{32, 256, 65}, {32, 128, 96}, {32, 256, 64}, {1920, 128, 64}, {64, 256, 1920},
            {1, 256, 1920}, {32, 64, 256}, {1920, 64, 128}, {300, 1, 32}, {24, 256, 64}};
        for (int[] s : shapes) {
            for (Op op : Op.values()) {
                compare(op, s[0], s[1], s[2], false, random, vector, ojalgo);
                compare(op, s[0], s[1], s[2], true, random, vector, ojalgo);
            }
        }
    }

    @Test
    void test_kernels_zeroInnerDimension_clearOrKeepTarget() {
        for (MatrixKernel kernel : new MatrixKernel[] {new VectorKernel(), new OjAlgoKernel()}) {
            double[] c = {1, 2, 3, 4};
            kernel.multiply(2, 2, 0, new double[0], 0, 0, new double[0], 0, 2, c, 0, 2, true);
            assertEquals(4.0, c[3]);
            kernel.multiply(2, 2, 0, new double[0], 0, 0, new double[0], 0, 2, c, 0, 2, false);
            assertEquals(0.0, c[0] + c[1] + c[2] + c[3]);
        }
    }

    private static void compare(Op op, int m, int n, int k, boolean accumulate, SplittableRandom random,
            MatrixKernel vector, MatrixKernel ojalgo) {
        // A is m×k for NN/NT (stored k×m for TN), B is k×n for NN/TN (stored n×k for NT)
        int aRows = op == Op.TN ? k : m;
        int aCols = op == Op.TN ? m : k;
        int bRows = op == Op.NT ? n : k;
        int bCols = op == Op.NT ? k : n;
        int lda = aCols + random.nextInt(3);
        int ldb = bCols + random.nextInt(3);
        int ldc = n + random.nextInt(3);
        int aOff = random.nextInt(4);
        int bOff = random.nextInt(4);
        int cOff = random.nextInt(4);
        double[] a = randomArray(aOff + aRows * lda, random);
        double[] b = randomArray(bOff + bRows * ldb, random);
        double[] c0 = new double[cOff + m * ldc + 3];
        java.util.Arrays.fill(c0, GUARD);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c0[cOff + i * ldc + j] = random.nextGaussian();
            }
        }
        double[] expected = c0.clone();
        double[] scale = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double abs = 0;
                for (int p = 0; p < k; p++) {
                    double av = op == Op.TN ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
                    double bv = op == Op.NT ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
                    sum += av * bv;
                    abs += Math.abs(av * bv);
                }
                int idx = cOff + i * ldc + j;
                expected[idx] = accumulate ? expected[idx] + sum : sum;
                scale[i * n + j] = abs + (accumulate ? Math.abs(c0[idx]) : 0) + Double.MIN_NORMAL;
            }
        }
        double[] cv = c0.clone();
        double[] co = c0.clone();
        run(vector, op, m, n, k, a, aOff, lda, b, bOff, ldb, cv, cOff, ldc, accumulate);
        run(ojalgo, op, m, n, k, a, aOff, lda, b, bOff, ldb, co, cOff, ldc, accumulate);
        String what = op + " " + m + "x" + n + "x" + k + " acc " + accumulate;
        for (int idx = 0; idx < c0.length; idx++) {
            int rel = idx - cOff;
            boolean inside = rel >= 0 && rel / ldc < m && rel % ldc < n;
            if (!inside) {
                assertEquals(c0[idx], cv[idx], what + ": vector kernel wrote outside C at " + idx);
                assertEquals(c0[idx], co[idx], what + ": ojAlgo kernel wrote outside C at " + idx);
                continue;
            }
            double s = scale[(rel / ldc) * n + rel % ldc];
            assertTrue(Math.abs(cv[idx] - expected[idx]) <= 1e-12 * s, what + ": vector vs naive at " + idx);
            assertTrue(Math.abs(co[idx] - expected[idx]) <= 1e-12 * s, what + ": ojAlgo vs naive at " + idx);
            assertTrue(Math.abs(cv[idx] - co[idx]) <= 1e-12 * s, what + ": vector vs ojAlgo at " + idx);
        }
    }

    private static void run(MatrixKernel kernel, Op op, int m, int n, int k, double[] a, int aOff, int lda,
            double[] b, int bOff, int ldb, double[] c, int cOff, int ldc, boolean accumulate) {
        switch (op) {
            case NN -> kernel.multiply(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
            case TN -> kernel.multiplyTransposedLeft(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
            case NT -> kernel.multiplyTransposedRight(m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
            default -> throw new IllegalStateException();
        }
    }

    private static double[] randomArray(int n, SplittableRandom random) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * 2 - 1;
        }
        return x;
    }
}
