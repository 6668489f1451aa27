package org.lstmrisk.lstm;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.lstmrisk.lstm.kernel.CellKernel;
import org.lstmrisk.lstm.kernel.MatrixKernel;

/**
 * The forward and backward pass of one network over a batch of windows, on buffers allocated once for a
 * window length and a largest batch, so that a step allocates nothing. Holds a working copy of the
 * parameters, their gradient, and for each layer a real transposed copy of its kernel (refreshed by
 * {@link #refreshTransposes()} after the parameters change) used by the backward pass.
 *
 * <p>Layout: all buffers are row-major and batch-major within a time step, time-major across steps: the row
 * of sample b at step t is t·B + b. Per layer, the pre-activations of all steps are G = X·W_x (one product
 * for the whole sequence) plus, step by step, h_{t−1}·W_h; the fused cell kernel then turns G into gate
 * activations in place. Backward reuses G for the pre-activation gradients dG, so that
 * dW_x = Xᵀ·dG, dW_h = H_prevᵀ·dG and dX = dG·W_xᵀ are each one product over all steps.
 *
 * <p>Confined to one thread.
 */
final class NetworkEngine {

    private final NetworkConfig config;
    private final ParameterLayout layout;
    private final MatrixKernel mk;
    private final CellKernel ck;
    private final boolean lstm;
    private final int layers;
    private final int window;
    private final int capacity;

    private final double[] params;
    private final double[] grads;
    private final double[][] transposed;

    /** Input of layer 0: T·B × F. */
    private final double[] input;
    /** Per layer: hidden states (T+1)·B × H, block 0 = h_0 = 0. */
    private final double[][] hidden;
    /** Per layer (LSTM): cell states (T+1)·B × H, block 0 = c_0 = 0. */
    private final double[][] cell;
    /** Per layer (LSTM): tanh of the cell states, T·B × H. */
    private final double[][] tanhCell;
    /** Per layer: pre-activations, then activations, then their gradients, T·B × gH. */
    private final double[][] gates;
    /** Per layer: dL/dh, (T+1)·B × H (block t is step t). */
    private final double[][] dHidden;
    /** Per layer above the first: dropout mask and masked input, T·B × I. */
    private final double[][] inputMask;
    private final double[][] maskedInput;
    private final double[] headMask;
    private final double[] headInput;
    private final double[] dense;
    private final double[] dDense;
    private final double[] dHead;
    private final double[] output;
    private final double[] dOutput;
    private final double[] dCell;
    private final double[] ones;

    NetworkEngine(NetworkConfig config, MatrixKernel matrixKernel, CellKernel cellKernel, int window,
            int capacity) {
        if (window < 1 || capacity < 1) {
            throw new IllegalArgumentException("window and batch capacity must be at least 1, were " + window + ", "
                    + capacity);
        }
        if (config.skipDays() > window) {
            throw new IllegalArgumentException("the skip path reads " + config.skipDays() + " steps of a window of "
                    + window);
        }
        this.config = config;
        this.layout = new ParameterLayout(config);
        this.mk = matrixKernel;
        this.ck = cellKernel;
        this.lstm = config.cellType() == CellType.LSTM;
        this.layers = config.layers();
        this.window = window;
        this.capacity = capacity;
        int g = config.cellType().gates();
        int rows = window * capacity;
        params = new double[layout.size()];
        grads = new double[layout.size()];
        transposed = new double[layers][];
        hidden = new double[layers][];
        cell = new double[layers][];
        tanhCell = new double[layers][];
        gates = new double[layers][];
        dHidden = new double[layers][];
        inputMask = new double[layers][];
        maskedInput = new double[layers][];
        int maxHidden = 0;
        for (int l = 0; l < layers; l++) {
            int in = config.layerInputSize(l);
            int h = config.hiddenSize(l);
            maxHidden = Math.max(maxHidden, h);
            transposed[l] = new double[(in + h) * g * h];
            hidden[l] = new double[(window + 1) * capacity * h];
            if (lstm) {
                cell[l] = new double[(window + 1) * capacity * h];
                tanhCell[l] = new double[rows * h];
            }
            gates[l] = new double[rows * g * h];
            dHidden[l] = new double[(window + 1) * capacity * h];
            if (l > 0) {
                inputMask[l] = new double[rows * in];
                maskedInput[l] = new double[rows * in];
            }
        }
        input = new double[rows * config.inputSize()];
        int last = config.lastHiddenSize();
        headMask = new double[capacity * last];
        headInput = new double[capacity * last];
        int d = Math.max(1, config.denseHeadSize());
        dense = new double[capacity * d];
        dDense = new double[capacity * d];
        dHead = new double[capacity * last];
        output = new double[capacity];
        dOutput = new double[capacity];
        dCell = new double[capacity * maxHidden];
        ones = new double[rows];
        Arrays.fill(ones, 1.0);
    }

    NetworkConfig config() {
        return config;
    }

    ParameterLayout layout() {
        return layout;
    }

    int window() {
        return window;
    }

    int capacity() {
        return capacity;
    }

    /** The working parameters (mutable; call {@link #refreshTransposes()} after changing them). */
    double[] parameters() {
        return params;
    }

    /** The gradient of the last {@link #backward}. */
    double[] gradient() {
        return grads;
    }

    /** The network outputs of the last {@link #forward}. */
    double[] output() {
        return output;
    }

    /** The buffer for dL/d(output) read by {@link #backward}. */
    double[] outputGradient() {
        return dOutput;
    }

    /** Loads {@code weights} into the working parameters. */
    void load(NetworkWeights weights) {
        if (!weights.config().equals(config)) {
            throw new IllegalArgumentException("weights are for " + weights.config() + ", not " + config);
        }
        System.arraycopy(weights.raw(), 0, params, 0, params.length);
        refreshTransposes();
    }

    /** Rebuilds the transposed kernel copies from the working parameters. */
    void refreshTransposes() {
        int g = config.cellType().gates();
        for (int l = 0; l < layers; l++) {
            int k = config.layerInputSize(l) + config.hiddenSize(l);
            int n = g * config.hiddenSize(l);
            int off = layout.kernelOffset(l);
            double[] t = transposed[l];
            for (int r = 0; r < k; r++) {
                int src = off + r * n;
                for (int c = 0; c < n; c++) {
                    t[c * k + r] = params[src + c];
                }
            }
        }
    }

    /**
     * Copies the windows {@code order[from..from+count)} of {@code data} into the input buffer, time-major.
     *
     * @param targetsOut receives their targets, may be null
     */
    void gather(double[] data, int features, int[] order, int from, int count, double[] targets,
            double[] targetsOut) {
        checkBatch(count);
        int t = window;
        for (int b = 0; b < count; b++) {
            int sample = order == null ? from + b : order[from + b];
            int src = sample * t * features;
            for (int s = 0; s < t; s++) {
                System.arraycopy(data, src + s * features, input, (s * count + b) * features, features);
            }
            if (targetsOut != null) {
                targetsOut[b] = targets[sample];
            }
        }
    }

    /** Copies one window (T × F row-major) from {@code data} at {@code offset} as a batch of one. */
    void gatherOne(double[] data, int offset) {
        System.arraycopy(data, offset, input, 0, window * config.inputSize());
    }

    /** Draws new inverted-dropout masks for a batch of {@code batch} samples from {@code random}. */
    void drawDropoutMasks(SplittableRandom random, double rate, int batch) {
        double keep = 1.0 / (1.0 - rate);
        for (int l = 1; l < layers; l++) {
            fillMask(inputMask[l], window * batch * config.layerInputSize(l), random, rate, keep);
        }
        fillMask(headMask, batch * config.lastHiddenSize(), random, rate, keep);
    }

    private static void fillMask(double[] mask, int n, SplittableRandom random, double rate,
            double keep) {
        for (int i = 0; i < n; i++) {
            mask[i] = random.nextDouble() < rate ? 0.0 : keep;
        }
    }

    /** The forward pass over the gathered batch; {@code dropout} applies the current masks. */
    void forward(int batch, boolean dropout) {
        checkBatch(batch);
        int g = config.cellType().gates();
        int rows = window * batch;
        for (int l = 0; l < layers; l++) {
            int in = config.layerInputSize(l);
            int h = config.hiddenSize(l);
            int n = g * h;
            double[] x = layerInput(l, batch, dropout);
            int xOff = l == 0 || dropout ? 0 : batch * in;
            int wOff = layout.kernelOffset(l);
            int bOff = layout.biasOffset(l);
            double[] gl = gates[l];
            double[] hl = hidden[l];
            mk.multiply(rows, n, in, x, xOff, in, params, wOff, n, gl, 0, n, false);
            Arrays.fill(hl, 0, batch * h, 0.0);
            if (lstm) {
                Arrays.fill(cell[l], 0, batch * h, 0.0);
            }
            for (int t = 0; t < window; t++) {
                int gOff = t * batch * n;
                int prev = t * batch * h;
                mk.multiply(batch, n, h, hl, prev, h, params, wOff + in * n, n, gl, gOff, n, true);
                if (lstm) {
                    ck.lstmForward(batch, h, gl, gOff, params, bOff, cell[l], prev, cell[l], prev + batch * h,
                            tanhCell[l], prev, hl, prev + batch * h);
                } else {
                    ck.rnnForward(batch, h, gl, gOff, params, bOff, hl, prev + batch * h);
                }
            }
        }
        int last = config.lastHiddenSize();
        double[] top = hidden[layers - 1];
        int topOff = window * batch * last;
        double[] src;
        int srcOff;
        if (dropout) {
            for (int i = 0; i < batch * last; i++) {
                headInput[i] = top[topOff + i] * headMask[i];
            }
            src = headInput;
            srcOff = 0;
        } else {
            src = top;
            srcOff = topOff;
        }
        int d = config.denseHeadSize();
        int outIn = config.outputInputSize();
        if (d > 0) {
            mk.multiply(batch, d, last, src, srcOff, last, params, layout.denseKernelOffset(), d, dense, 0, d, false);
            ck.tanhWithBias(batch, d, dense, 0, params, layout.denseBiasOffset());
            src = dense;
            srcOff = 0;
        }
        mk.multiply(batch, 1, outIn, src, srcOff, outIn, params, layout.outputKernelOffset(), 1, output, 0, 1, false);
        double bias = params[layout.outputBiasOffset()];
        for (int b = 0; b < batch; b++) {
            output[b] += bias;
        }
        int f = config.inputSize();
        for (int s = 0; s < config.skipDays(); s++) {
            int step = window - 1 - s;
            mk.multiply(batch, 1, f, input, step * batch * f, f, params, layout.skipKernelOffset() + s * f, 1, output,
                    0, 1, true);
        }
    }

    /** The input of layer l for the current batch: the data, the layer below, or its dropout-masked copy. */
    private double[] layerInput(int l, int batch, boolean dropout) {
        if (l == 0) {
            return input;
        }
        if (!dropout) {
            return hidden[l - 1];
        }
        int n = window * batch * config.layerInputSize(l);
        int off = batch * config.layerInputSize(l);
        double[] below = hidden[l - 1];
        double[] mask = inputMask[l];
        double[] masked = maskedInput[l];
        for (int i = 0; i < n; i++) {
            masked[i] = below[off + i] * mask[i];
        }
        return masked;
    }

    /**
     * The backward pass of the last {@link #forward} (same batch and dropout) from dL/d(output) in
     * {@link #outputGradient()}; writes the gradient of every parameter.
     */
    void backward(int batch, boolean dropout) {
        checkBatch(batch);
        int g = config.cellType().gates();
        int rows = window * batch;
        int last = config.lastHiddenSize();
        int d = config.denseHeadSize();
        int outIn = config.outputInputSize();
        double[] top = hidden[layers - 1];
        double[] headSrc = dropout ? headInput : top;
        int headOff = dropout ? 0 : window * batch * last;
        int woOff = layout.outputKernelOffset();
        double sum = 0.0;
        for (int b = 0; b < batch; b++) {
            sum += dOutput[b];
        }
        grads[layout.outputBiasOffset()] = sum;
        int f = config.inputSize();
        for (int s = 0; s < config.skipDays(); s++) {
            int step = window - 1 - s;
            mk.multiplyTransposedLeft(f, 1, batch, input, step * batch * f, f, dOutput, 0, 1, grads,
                    layout.skipKernelOffset() + s * f, 1, false);
        }
        if (d > 0) {
            mk.multiplyTransposedLeft(d, 1, batch, dense, 0, d, dOutput, 0, 1, grads, woOff, 1, false);
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < d; j++) {
                    double y = dense[b * d + j];
                    dDense[b * d + j] = dOutput[b] * params[woOff + j] * (1.0 - y * y);
                }
            }
            mk.multiplyTransposedLeft(last, d, batch, headSrc, headOff, last, dDense, 0, d, grads,
                    layout.denseKernelOffset(), d, false);
            mk.multiplyTransposedLeft(1, d, batch, ones, 0, 1, dDense, 0, d, grads, layout.denseBiasOffset(), d,
                    false);
            mk.multiplyTransposedRight(batch, last, d, dDense, 0, d, params, layout.denseKernelOffset(), d, dHead, 0,
                    last, false);
        } else {
            mk.multiplyTransposedLeft(outIn, 1, batch, headSrc, headOff, outIn, dOutput, 0, 1, grads, woOff, 1, false);
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < last; j++) {
                    dHead[b * last + j] = dOutput[b] * params[woOff + j];
                }
            }
        }
        if (dropout) {
            for (int i = 0; i < batch * last; i++) {
                dHead[i] *= headMask[i];
            }
        }
        double[] dTop = dHidden[layers - 1];
        Arrays.fill(dTop, 0, window * batch * last, 0.0);
        System.arraycopy(dHead, 0, dTop, window * batch * last, batch * last);
        for (int l = layers - 1; l >= 0; l--) {
            int in = config.layerInputSize(l);
            int h = config.hiddenSize(l);
            int n = g * h;
            int k = in + h;
            double[] gl = gates[l];
            double[] dh = dHidden[l];
            double[] wt = transposed[l];
            Arrays.fill(dCell, 0, batch * h, 0.0);
            for (int t = window - 1; t >= 0; t--) {
                int gOff = t * batch * n;
                int prev = t * batch * h;
                if (lstm) {
                    ck.lstmBackward(batch, h, gl, gOff, dh, prev + batch * h, dCell, cell[l], prev, tanhCell[l], prev);
                } else {
                    ck.rnnBackward(batch, h, gl, gOff, dh, prev + batch * h);
                }
                if (t > 0) {
                    mk.multiply(batch, h, n, gl, gOff, n, wt, in, k, dh, prev, h, true);
                }
            }
            double[] x = l == 0 ? input : dropout ? maskedInput[l] : hidden[l - 1];
            int xOff = l == 0 || dropout ? 0 : batch * in;
            int wOff = layout.kernelOffset(l);
            mk.multiplyTransposedLeft(in, n, rows, x, xOff, in, gl, 0, n, grads, wOff, n, false);
            mk.multiplyTransposedLeft(h, n, rows, hidden[l], 0, h, gl, 0, n, grads, wOff + in * n, n, false);
            mk.multiplyTransposedLeft(1, n, rows, ones, 0, 1, gl, 0, n, grads, layout.biasOffset(l), n, false);
            if (l > 0) {
                double[] below = dHidden[l - 1];
                mk.multiply(rows, in, n, gl, 0, n, wt, 0, k, below, batch * in, in, false);
                if (dropout) {
                    double[] mask = inputMask[l];
                    int off = batch * in;
                    for (int i = 0; i < rows * in; i++) {
                        below[off + i] *= mask[i];
                    }
                }
            }
        }
    }

    private void checkBatch(int batch) {
        if (batch < 1 || batch > capacity) {
            throw new IllegalArgumentException("batch must be in [1, " + capacity + "], was " + batch);
        }
    }
}
