package org.lstmrisk.lstm;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each parameter tensor of a network lives in one flat parameter array. Layer l has a kernel of
 * (I + H) × gH (rows 0..I−1 multiply the layer input, rows I.. the previous hidden state; columns are the gate
 * blocks input, forget, candidate, output for an LSTM) and a bias of gH; then the optional dense head
 * (H_last × D, bias D), the output (D' × 1, bias 1), and the optional linear skip path (S·I × 1: row s·I + i
 * weighs input i of the step s before the last).
 */
final class ParameterLayout {

    /** One tensor's name, shape, offset in the flat array and whether L2 decay applies to it. */
    record Entry(String name, int rows, int cols, int offset, boolean weight) {
        int size() {
            return rows * cols;
        }
    }

    private final List<Entry> entries;
    private final int[] kernelOffset;
    private final int[] biasOffset;
    private final int denseKernelOffset;
    private final int denseBiasOffset;
    private final int outputKernelOffset;
    private final int outputBiasOffset;
    private final int skipKernelOffset;
    private final int size;

    ParameterLayout(NetworkConfig config) {
        List<Entry> list = new ArrayList<>();
        int layers = config.layers();
        kernelOffset = new int[layers];
        biasOffset = new int[layers];
        int offset = 0;
        int gates = config.cellType().gates();
        for (int l = 0; l < layers; l++) {
            int in = config.layerInputSize(l);
            int h = config.hiddenSize(l);
            kernelOffset[l] = offset;
            list.add(new Entry("layer" + l + ".kernel", in + h, gates * h, offset, true));
            offset += (in + h) * gates * h;
            biasOffset[l] = offset;
            list.add(new Entry("layer" + l + ".bias", 1, gates * h, offset, false));
            offset += gates * h;
        }
        int d = config.denseHeadSize();
        if (d > 0) {
            denseKernelOffset = offset;
            list.add(new Entry("dense.kernel", config.lastHiddenSize(), d, offset, true));
            offset += config.lastHiddenSize() * d;
            denseBiasOffset = offset;
            list.add(new Entry("dense.bias", 1, d, offset, false));
            offset += d;
        } else {
            denseKernelOffset = -1;
            denseBiasOffset = -1;
        }
        outputKernelOffset = offset;
        list.add(new Entry("output.kernel", config.outputInputSize(), 1, offset, true));
        offset += config.outputInputSize();
        outputBiasOffset = offset;
        list.add(new Entry("output.bias", 1, 1, offset, false));
        offset += 1;
        if (config.skipDays() > 0) {
            skipKernelOffset = offset;
            list.add(new Entry("skip.kernel", config.skipDays() * config.inputSize(), 1, offset, true));
            offset += config.skipDays() * config.inputSize();
        } else {
            skipKernelOffset = -1;
        }
        size = offset;
        entries = List.copyOf(list);
    }

    List<Entry> entries() {
        return entries;
    }

    int size() {
        return size;
    }

    int kernelOffset(int layer) {
        return kernelOffset[layer];
    }

    int biasOffset(int layer) {
        return biasOffset[layer];
    }

    int denseKernelOffset() {
        return denseKernelOffset;
    }

    int denseBiasOffset() {
        return denseBiasOffset;
    }

    int outputKernelOffset() {
        return outputKernelOffset;
    }

    int outputBiasOffset() {
        return outputBiasOffset;
    }

    /** The offset of the skip path's weights, −1 without one. */
    int skipKernelOffset() {
        return skipKernelOffset;
    }
}
