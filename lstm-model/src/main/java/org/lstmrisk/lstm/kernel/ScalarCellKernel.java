package org.lstmrisk.lstm.kernel;

/**
 * The portable {@link CellKernel}: plain loops with {@link Math#exp}; σ(x) = 1/(1 + e^−x) and
 * tanh(x) = 2σ(2x) − 1. Stateless and thread-safe.
 */
public final class ScalarCellKernel implements CellKernel {

    /** Creates the kernel (stateless). */
    public ScalarCellKernel() {
        // stateless
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double tanh(double x) {
        return 2.0 / (1.0 + Math.exp(-2.0 * x)) - 1.0;
    }

    @Override
    public void lstmForward(int rows, int h, double[] gates, int gOff, double[] bias, int bOff, double[] cPrev, int cpOff,
            double[] c, int cOff, double[] tanhC, int tcOff, double[] hidden, int hOff) {
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * 4 * h;
            int s = r * h;
            for (int j = 0; j < h; j++) {
                double in = sigmoid(gates[g + j] + bias[bOff + j]);
                double f = sigmoid(gates[g + h + j] + bias[bOff + h + j]);
                double cand = tanh(gates[g + 2 * h + j] + bias[bOff + 2 * h + j]);
                double o = sigmoid(gates[g + 3 * h + j] + bias[bOff + 3 * h + j]);
                double cell = f * cPrev[cpOff + s + j] + in * cand;
                double tc = tanh(cell);
                gates[g + j] = in;
                gates[g + h + j] = f;
                gates[g + 2 * h + j] = cand;
                gates[g + 3 * h + j] = o;
                c[cOff + s + j] = cell;
                tanhC[tcOff + s + j] = tc;
                hidden[hOff + s + j] = o * tc;
            }
        }
    }

    @Override
    public void lstmBackward(int rows, int h, double[] gates, int gOff, double[] dh, int dhOff, double[] dc,
            double[] cPrev, int cpOff, double[] tanhC, int tcOff) {
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * 4 * h;
            int s = r * h;
            for (int j = 0; j < h; j++) {
                double in = gates[g + j];
                double f = gates[g + h + j];
                double cand = gates[g + 2 * h + j];
                double o = gates[g + 3 * h + j];
                double tc = tanhC[tcOff + s + j];
                double dhv = dh[dhOff + s + j];
                double dcv = dc[s + j] + dhv * o * (1.0 - tc * tc);
                double dO = dhv * tc;
                gates[g + j] = dcv * cand * in * (1.0 - in);
                gates[g + h + j] = dcv * cPrev[cpOff + s + j] * f * (1.0 - f);
                gates[g + 2 * h + j] = dcv * in * (1.0 - cand * cand);
                gates[g + 3 * h + j] = dO * o * (1.0 - o);
                dc[s + j] = dcv * f;
            }
        }
    }

    @Override
    public void rnnForward(int rows, int h, double[] gates, int gOff, double[] bias, int bOff, double[] hidden, int hOff) {
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * h;
            int s = hOff + r * h;
            for (int j = 0; j < h; j++) {
                double a = tanh(gates[g + j] + bias[bOff + j]);
                gates[g + j] = a;
                hidden[s + j] = a;
            }
        }
    }

    @Override
    public void rnnBackward(int rows, int h, double[] gates, int gOff, double[] dh, int dhOff) {
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * h;
            int d = dhOff + r * h;
            for (int j = 0; j < h; j++) {
                double a = gates[g + j];
                gates[g + j] = dh[d + j] * (1.0 - a * a);
            }
        }
    }

    @Override
    public void tanhWithBias(int rows, int width, double[] x, int off, double[] bias, int bOff) {
        for (int r = 0; r < rows; r++) {
            int row = off + r * width;
            for (int j = 0; j < width; j++) {
                x[row + j] = tanh(x[row + j] + bias[bOff + j]);
            }
        }
    }
}
