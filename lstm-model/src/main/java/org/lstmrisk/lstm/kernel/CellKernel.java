package org.lstmrisk.lstm.kernel;

/**
 * The fused element-wise arithmetic of one recurrent step for a block of rows (samples), in one pass over
 * row-major buffers: from the gate pre-activations to the activations, the cell state and the hidden state,
 * and back from the hidden-state gradient to the pre-activation gradients. Gate columns of an LSTM row are
 * ordered input, forget, candidate, output, each {@code h} wide. Implementations allocate nothing and are
 * deterministic.
 */
public interface CellKernel {

    /**
     * LSTM forward: adds {@code bias} (4h) to each row of {@code gates} (rows × 4h at gOff) and replaces the
     * pre-activations with the activations σ(i), σ(f), tanh(g), σ(o); writes c = f·cPrev + i·g, tanh(c) and
     * h = o·tanh(c) (rows × h each, at their offsets).
     */
    void lstmForward(int rows, int h, double[] gates, int gOff, double[] bias, int bOff, double[] cPrev, int cpOff,
            double[] c, int cOff, double[] tanhC, int tcOff, double[] hidden, int hOff);

    /**
     * LSTM backward: given the activations in {@code gates}, dL/dh for this step in {@code dh} and the running
     * dL/dc from the later step in {@code dc} (rows × h at offset 0), replaces the activations with dL/d(pre-
     * activation) and {@code dc} with dL/dc of the previous step.
     */
    void lstmBackward(int rows, int h, double[] gates, int gOff, double[] dh, int dhOff, double[] dc,
            double[] cPrev, int cpOff, double[] tanhC, int tcOff);

    /** Plain RNN forward: a = tanh(pre-activation + bias), written into {@code gates} and {@code hidden}. */
    void rnnForward(int rows, int h, double[] gates, int gOff, double[] bias, int bOff, double[] hidden, int hOff);

    /** Plain RNN backward: replaces the activations a in {@code gates} with dh·(1 − a²). */
    void rnnBackward(int rows, int h, double[] gates, int gOff, double[] dh, int dhOff);

    /** Replaces each value x of a rows × width block at {@code off} with tanh(x + bias[column]). */
    void tanhWithBias(int rows, int width, double[] x, int off, double[] bias, int bOff);
}
