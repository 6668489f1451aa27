package org.lstmrisk.lstm.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast {@link CellKernel} on the incubating Vector API: the same formulas as {@link ScalarCellKernel}
 * (σ(x) = 1/(1 + e^−x), tanh(x) = 2/(1 + e^−2x) − 1) with a vectorised exponential
 * ({@link VectorMath#expInPlace}, which gives the same bits compiled or interpreted), so it agrees with the
 * scalar kernel to a few ulps. Columns beyond the last full vector use the scalar code. Stateless and thread-safe.
 */
public final class VectorCellKernel implements CellKernel {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /** Creates the kernel (stateless). */
    public VectorCellKernel() {
        // stateless
    }

    /** Writes the exp argument of each gate: −(g + b) for σ gates, −2(g + b) for the tanh candidate. */
    private static void gateArguments(int h, double[] gates, int g, double[] bias, int bOff) {
        int n = 4 * h;
        int nv = n - n % L;
        for (int j = 0; j < nv; j += L) {
            double scale = j >= 2 * h && j < 3 * h ? -2.0 : -1.0;
            DoubleVector.fromArray(S, gates, g + j).add(DoubleVector.fromArray(S, bias, bOff + j)).mul(scale)
                    .intoArray(gates, g + j);
        }
        for (int j = nv; j < n; j++) {
            double scale = j >= 2 * h && j < 3 * h ? -2.0 : -1.0;
            gates[g + j] = (gates[g + j] + bias[bOff + j]) * scale;
        }
    }

    @Override
    public void lstmForward(int rows, int h, double[] gates, int gOff, double[] bias, int bOff, double[] cPrev, int cpOff,
            double[] c, int cOff, double[] tanhC, int tcOff, double[] hidden, int hOff) {
        // Three passes per row keep every vector inside one loop (no vector crosses a call, so none is allocated):
        // the gates' exp arguments, e^x in place, then σ(x) = 1/(1 + e^−x), tanh(x) = 2/(1 + e^−2x) − 1, the cell,
        // and tanh(cell) the same way with tanhC as scratch. h must be a multiple of the vector length for the
        // blocks to line up; other sizes take the scalar path of each pass.
        boolean aligned = h % L == 0;
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * 4 * h;
            int s = r * h;
            if (aligned) {
                gateArguments(h, gates, g, bias, bOff);
            } else {
                for (int j = 0; j < 4 * h; j++) {
                    double scale = j >= 2 * h && j < 3 * h ? -2.0 : -1.0;
                    gates[g + j] = (gates[g + j] + bias[bOff + j]) * scale;
                }
            }
            VectorMath.expInPlace(gates, g, 4 * h);
            int hv = aligned ? h : 0;
            DoubleVector one = DoubleVector.broadcast(S, 1.0);
            DoubleVector two = DoubleVector.broadcast(S, 2.0);
            for (int j = 0; j < hv; j += L) {
                DoubleVector in = one.div(one.add(DoubleVector.fromArray(S, gates, g + j)));
                DoubleVector f = one.div(one.add(DoubleVector.fromArray(S, gates, g + h + j)));
                DoubleVector cand = two.div(one.add(DoubleVector.fromArray(S, gates, g + 2 * h + j))).sub(one);
                DoubleVector o = one.div(one.add(DoubleVector.fromArray(S, gates, g + 3 * h + j)));
                DoubleVector cell = f.mul(DoubleVector.fromArray(S, cPrev, cpOff + s + j)).add(in.mul(cand));
                in.intoArray(gates, g + j);
                f.intoArray(gates, g + h + j);
                cand.intoArray(gates, g + 2 * h + j);
                o.intoArray(gates, g + 3 * h + j);
                cell.intoArray(c, cOff + s + j);
                cell.mul(-2.0).intoArray(tanhC, tcOff + s + j);
            }
            for (int j = hv; j < h; j++) {
                double in = 1.0 / (1.0 + gates[g + j]);
                double f = 1.0 / (1.0 + gates[g + h + j]);
                double cand = 2.0 / (1.0 + gates[g + 2 * h + j]) - 1.0;
                double o = 1.0 / (1.0 + gates[g + 3 * h + j]);
                double cell = f * cPrev[cpOff + s + j] + in * cand;
                gates[g + j] = in;
                gates[g + h + j] = f;
                gates[g + 2 * h + j] = cand;
                gates[g + 3 * h + j] = o;
                c[cOff + s + j] = cell;
                tanhC[tcOff + s + j] = cell * -2.0;
            }
            VectorMath.expInPlace(tanhC, tcOff + s, h);
            for (int j = 0; j < hv; j += L) {
                DoubleVector tc = two.div(one.add(DoubleVector.fromArray(S, tanhC, tcOff + s + j))).sub(one);
                tc.intoArray(tanhC, tcOff + s + j);
                DoubleVector.fromArray(S, gates, g + 3 * h + j).mul(tc).intoArray(hidden, hOff + s + j);
            }
            for (int j = hv; j < h; j++) {
                double tc = 2.0 / (1.0 + tanhC[tcOff + s + j]) - 1.0;
                tanhC[tcOff + s + j] = tc;
                hidden[hOff + s + j] = gates[g + 3 * h + j] * tc;
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
        for (int r = 0; r < rows; r++) {
            int g = gOff + r * h;
            tanhRow(h, gates, g, bias, bOff);
            System.arraycopy(gates, g, hidden, hOff + r * h, h);
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
        for (int r = 0; r < rows; r++) {
            tanhRow(width, x, off + r * width, bias, bOff);
        }
    }

    /** x ← tanh(x + b) over one row of {@code width}, as 2/(1 + e^−2(x + b)) − 1. */
    private static void tanhRow(int width, double[] x, int row, double[] bias, int bOff) {
        int wv = width - width % L;
        for (int j = 0; j < wv; j += L) {
            DoubleVector.fromArray(S, x, row + j).add(DoubleVector.fromArray(S, bias, bOff + j)).mul(-2.0)
                    .intoArray(x, row + j);
        }
        for (int j = wv; j < width; j++) {
            x[row + j] = (x[row + j] + bias[bOff + j]) * -2.0;
        }
        VectorMath.expInPlace(x, row, width);
        DoubleVector one = DoubleVector.broadcast(S, 1.0);
        DoubleVector two = DoubleVector.broadcast(S, 2.0);
        for (int j = 0; j < wv; j += L) {
            two.div(one.add(DoubleVector.fromArray(S, x, row + j))).sub(one).intoArray(x, row + j);
        }
        for (int j = wv; j < width; j++) {
            x[row + j] = 2.0 / (1.0 + x[row + j]) - 1.0;
        }
    }
}
