package org.lstmrisk.lstm.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast {@link CellKernel} on the incubating Vector API: the same formulas as {@link ScalarCellKernel}
 * (σ(x) = 1/(1 + e^−x), tanh(x) = 2σ(2x) − 1) with a vectorised exponential ({@link VectorMath#exp}, which
 * gives the same bits compiled or interpreted), so it agrees with the scalar kernel to a few ulps. Columns beyond the last full vector use the scalar code. Stateless and thread-safe.
 */
public final class VectorCellKernel implements CellKernel {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Creates the kernel (stateless). */
    public VectorCellKernel() {
        // stateless
    }

    private static DoubleVector sig(DoubleVector x) {
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        return one.div(one.add(VectorMath.exp(x.neg())));
    }

    private static DoubleVector tanh(DoubleVector x) {
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector two = DoubleVector.broadcast(S, 2.0);
        return two.div(one.add(VectorMath.exp(x.mul(-2.0)))).sub(one);
    }

    @Override
    public void lstmForward(int rows, int h, double[] gates, int gOff, double[] bias, int bOff, double[] cPrev, int cpOff,
            double[] c, int cOff, double[] tanhC, int tcOff, double[] hidden, int hOff) {
        int hv = h - h % L;
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * 4 * h;
            int s = r * h;
            for (int j = 0; j < hv; j += L) {
                DoubleVector in = sig(DoubleVector.fromArray(S, gates, g + j).add(DoubleVector.fromArray(S, bias, bOff + j)));
                DoubleVector f = sig(DoubleVector.fromArray(S, gates, g + h + j)
                        .add(DoubleVector.fromArray(S, bias, bOff + h + j)));
                DoubleVector cand = tanh(DoubleVector.fromArray(S, gates, g + 2 * h + j)
                        .add(DoubleVector.fromArray(S, bias, bOff + 2 * h + j)));
                DoubleVector o = sig(DoubleVector.fromArray(S, gates, g + 3 * h + j)
                        .add(DoubleVector.fromArray(S, bias, bOff + 3 * h + j)));
                DoubleVector cell = f.mul(DoubleVector.fromArray(S, cPrev, cpOff + s + j)).add(in.mul(cand));
                DoubleVector tc = tanh(cell);
                in.intoArray(gates, g + j);
                f.intoArray(gates, g + h + j);
                cand.intoArray(gates, g + 2 * h + j);
                o.intoArray(gates, g + 3 * h + j);
                cell.intoArray(c, cOff + s + j);
                tc.intoArray(tanhC, tcOff + s + j);
                o.mul(tc).intoArray(hidden, hOff + s + j);
            }
            for (int j = hv; j < h; j++) {
                double in = ScalarCellKernel.sigmoid(gates[g + j] + bias[bOff + j]);
                double f = ScalarCellKernel.sigmoid(gates[g + h + j] + bias[bOff + h + j]);
                double cand = ScalarCellKernel.tanh(gates[g + 2 * h + j] + bias[bOff + 2 * h + j]);
                double o = ScalarCellKernel.sigmoid(gates[g + 3 * h + j] + bias[bOff + 3 * h + j]);
                double cell = f * cPrev[cpOff + s + j] + in * cand;
                double tc = ScalarCellKernel.tanh(cell);
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
        int hv = h - h % L;
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * 4 * h;
            int s = r * h;
            for (int j = 0; j < hv; j += L) {
                DoubleVector in = DoubleVector.fromArray(S, gates, g + j);
                DoubleVector f = DoubleVector.fromArray(S, gates, g + h + j);
                DoubleVector cand = DoubleVector.fromArray(S, gates, g + 2 * h + j);
                DoubleVector o = DoubleVector.fromArray(S, gates, g + 3 * h + j);
                DoubleVector tc = DoubleVector.fromArray(S, tanhC, tcOff + s + j);
                DoubleVector dhv = DoubleVector.fromArray(S, dh, dhOff + s + j);
                DoubleVector dcv = DoubleVector.fromArray(S, dc, s + j)
                        .add(dhv.mul(o).mul(one.sub(tc.mul(tc))));
                DoubleVector dO = dhv.mul(tc);
                dcv.mul(cand).mul(in).mul(one.sub(in)).intoArray(gates, g + j);
                dcv.mul(DoubleVector.fromArray(S, cPrev, cpOff + s + j)).mul(f).mul(one.sub(f))
                        .intoArray(gates, g + h + j);
                dcv.mul(in).mul(one.sub(cand.mul(cand))).intoArray(gates, g + 2 * h + j);
                dO.mul(o).mul(one.sub(o)).intoArray(gates, g + 3 * h + j);
                dcv.mul(f).intoArray(dc, s + j);
            }
            for (int j = hv; j < h; j++) {
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
        int hv = h - h % L;
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * h;
            int s = hOff + r * h;
            for (int j = 0; j < hv; j += L) {
                DoubleVector a = tanh(DoubleVector.fromArray(S, gates, g + j).add(DoubleVector.fromArray(S, bias, bOff + j)));
                a.intoArray(gates, g + j);
                a.intoArray(hidden, s + j);
            }
            for (int j = hv; j < h; j++) {
                double a = ScalarCellKernel.tanh(gates[g + j] + bias[bOff + j]);
                gates[g + j] = a;
                hidden[s + j] = a;
            }
        }
    }

    @Override
    public void rnnBackward(int rows, int h, double[] gates, int gOff, double[] dh, int dhOff) {
        int hv = h - h % L;
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * h;
            int d = dhOff + r * h;
            for (int j = 0; j < hv; j += L) {
                DoubleVector a = DoubleVector.fromArray(S, gates, g + j);
                DoubleVector.fromArray(S, dh, d + j).mul(one.sub(a.mul(a))).intoArray(gates, g + j);
            }
            for (int j = hv; j < h; j++) {
                double a = gates[g + j];
                gates[g + j] = dh[d + j] * (1.0 - a * a);
            }
        }
    }

    @Override
    public void tanhWithBias(int rows, int width, double[] x, int off, double[] bias, int bOff) {
        int wv = width - width % L;
        for (int r = 0; r < rows; r++) {
            int row = off + r * width;
            for (int j = 0; j < wv; j += L) {
                tanh(DoubleVector.fromArray(S, x, row + j).add(DoubleVector.fromArray(S, bias, bOff + j)))
                        .intoArray(x, row + j);
            }
            for (int j = wv; j < width; j++) {
                x[row + j] = ScalarCellKernel.tanh(x[row + j] + bias[bOff + j]);
            }
        }
    }
}
