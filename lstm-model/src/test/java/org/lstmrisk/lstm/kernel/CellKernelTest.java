package org.lstmrisk.lstm.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The fused cell kernels against the LSTM and RNN equations written out here with {@link Math#tanh}, and the
 * vectorised kernel against the scalar one, for widths on and off the vector length.
 */
class CellKernelTest {

    private static final int[] WIDTHS = {1, 3, 8, 11, 16, 20, 33};

    @Test
    void test_lstmForwardBackward_matchEquations_bothKernels() {
        for (CellKernel kernel : new CellKernel[] {new ScalarCellKernel(), new VectorCellKernel()}) {
            for (int h : WIDTHS) {
                lstm(kernel, 3, h, new SplittableRandom(h));
            }
        }
    }

    @Test
    void test_rnnAndTanh_matchEquations_bothKernels() {
        for (CellKernel kernel : new CellKernel[] {new ScalarCellKernel(), new VectorCellKernel()}) {
            for (int h : WIDTHS) {
                SplittableRandom random = new SplittableRandom(h);
                int rows = 3;
                double[] pre = gaussian(rows * h, random, 3);
                double[] bias = gaussian(h + 2, random, 1);
                double[] gates = pre.clone();
                double[] hidden = new double[rows * h + 5];
                kernel.rnnForward(rows, h, gates, 0, bias, 2, hidden, 5);
                double[] dh = gaussian(rows * h, random, 1);
                double[] grads = gates.clone();
                kernel.rnnBackward(rows, h, grads, 0, dh, 0);
                double[] dense = pre.clone();
                kernel.tanhWithBias(rows, h, dense, 0, bias, 2);
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < h; j++) {
                        double a = Math.tanh(pre[r * h + j] + bias[2 + j]);
                        assertEquals(a, gates[r * h + j], 1e-15);
                        assertEquals(a, hidden[5 + r * h + j], 1e-15);
                        assertEquals(a, dense[r * h + j], 1e-15);
                        assertEquals(dh[r * h + j] * (1 - a * a), grads[r * h + j], 1e-14);
                    }
                }
            }
        }
    }

    private static void lstm(CellKernel kernel, int rows, int h, SplittableRandom random) {
        double[] pre = gaussian(rows * 4 * h, random, 3);
        double[] bias = gaussian(4 * h, random, 1);
        double[] cPrev = gaussian(rows * h, random, 1);
        double[] gates = pre.clone();
        double[] c = new double[rows * h];
        double[] tc = new double[rows * h];
        double[] hidden = new double[rows * h];
        kernel.lstmForward(rows, h, gates, 0, bias, 0, cPrev, 0, c, 0, tc, 0, hidden, 0);
        double[] dh = gaussian(rows * h, random, 1);
        double[] dcNext = gaussian(rows * h, random, 1);
        double[] dc = dcNext.clone();
        double[] grads = gates.clone();
        kernel.lstmBackward(rows, h, grads, 0, dh, 0, dc, cPrev, 0, tc, 0);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < h; j++) {
                int g = r * 4 * h;
                int s = r * h + j;
                double i = 1 / (1 + Math.exp(-(pre[g + j] + bias[j])));
                double f = 1 / (1 + Math.exp(-(pre[g + h + j] + bias[h + j])));
                double gg = Math.tanh(pre[g + 2 * h + j] + bias[2 * h + j]);
                double o = 1 / (1 + Math.exp(-(pre[g + 3 * h + j] + bias[3 * h + j])));
                double cell = f * cPrev[s] + i * gg;
                assertEquals(i, gates[g + j], 1e-15);
                assertEquals(f, gates[g + h + j], 1e-15);
                assertEquals(gg, gates[g + 2 * h + j], 1e-15);
                assertEquals(o, gates[g + 3 * h + j], 1e-15);
                assertEquals(cell, c[s], 1e-14);
                assertEquals(Math.tanh(cell), tc[s], 1e-14);
                assertEquals(o * Math.tanh(cell), hidden[s], 1e-14);
                double dct = dcNext[s] + dh[s] * o * (1 - Math.tanh(cell) * Math.tanh(cell));
                assertEquals(dct * gg * i * (1 - i), grads[g + j], 1e-13);
                assertEquals(dct * cPrev[s] * f * (1 - f), grads[g + h + j], 1e-13);
                assertEquals(dct * i * (1 - gg * gg), grads[g + 2 * h + j], 1e-13);
                assertEquals(dh[s] * Math.tanh(cell) * o * (1 - o), grads[g + 3 * h + j], 1e-13);
                assertEquals(dct * f, dc[s], 1e-13);
            }
        }
    }

    private static double[] gaussian(int n, SplittableRandom random, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() * scale;
        }
        return x;
    }
}
