package org.lstmrisk.lstm;

import java.util.List;

/**
 * The shape of a network: {@code inputSize} features per time step, stacked recurrent layers of the given
 * sizes (all of one {@link CellType}), an optional dense tanh layer of {@code denseHeadSize} units (0 = none),
 * and always a linear output of one value read from the last time step. With {@code skipDays} above 0 the inputs
 * of the last {@code skipDays} time steps also reach the output through a linear path (an autoregressive
 * component beside the network, as in LSTNet, Lai et al. 2018): the output then moves in proportion to inputs
 * beyond the range where the recurrent layers' gates saturate.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param inputSize      features per time step, at least 1
 * @param recurrentSizes hidden units of each recurrent layer, bottom first, at least one layer, each at least 1
 * @param cellType       the cell of every recurrent layer
 * @param denseHeadSize  units of the dense tanh layer before the output, 0 for none
 * @param skipDays       time steps (the last ones) whose inputs also reach the output linearly, 0 for none
 */
public record NetworkConfig(int inputSize, List<Integer> recurrentSizes, CellType cellType, int denseHeadSize,
                            int skipDays) {

    /** A network without the linear skip path. */
    public NetworkConfig(int inputSize, List<Integer> recurrentSizes, CellType cellType, int denseHeadSize) {
        this(inputSize, recurrentSizes, cellType, denseHeadSize, 0);
    }

    /** Validates and copies the layer sizes. */
    public NetworkConfig {
        if (inputSize < 1) {
            throw new IllegalArgumentException("inputSize must be at least 1, was " + inputSize);
        }
        if (recurrentSizes == null || recurrentSizes.isEmpty()) {
            throw new IllegalArgumentException("recurrentSizes must name at least one layer, was " + recurrentSizes);
        }
        for (Integer size : recurrentSizes) {
            if (size == null || size < 1) {
                throw new IllegalArgumentException("every recurrent layer needs at least 1 unit, was " + recurrentSizes);
            }
        }
        if (cellType == null) {
            throw new IllegalArgumentException("cellType must not be null");
        }
        if (denseHeadSize < 0) {
            throw new IllegalArgumentException("denseHeadSize must be 0 (none) or positive, was " + denseHeadSize);
        }
        if (skipDays < 0) {
            throw new IllegalArgumentException("skipDays must be 0 (none) or positive, was " + skipDays);
        }
        recurrentSizes = List.copyOf(recurrentSizes);
    }

    /** The default network: 1 feature → LSTM 64 → LSTM 32 → linear output. */
    public static NetworkConfig defaultNetwork() {
        return new NetworkConfig(1, List.of(64, 32), CellType.LSTM, 0);
    }

    /** The small preset: 4 features → LSTM 20 → linear output. */
    public static NetworkConfig smallPreset() {
        return new NetworkConfig(4, List.of(20), CellType.LSTM, 0);
    }

    /** The number of recurrent layers. */
    public int layers() {
        return recurrentSizes.size();
    }

    /** The hidden units of recurrent layer {@code layer} (0 = bottom). */
    public int hiddenSize(int layer) {
        return recurrentSizes.get(layer);
    }

    /** The input width of recurrent layer {@code layer}: the features for layer 0, else the layer below. */
    public int layerInputSize(int layer) {
        return layer == 0 ? inputSize : recurrentSizes.get(layer - 1);
    }

    /** The width of the last recurrent layer's hidden state. */
    public int lastHiddenSize() {
        return recurrentSizes.get(recurrentSizes.size() - 1);
    }

    /** The width feeding the linear output: the dense head's size, or the last hidden size without a head. */
    public int outputInputSize() {
        return denseHeadSize > 0 ? denseHeadSize : lastHiddenSize();
    }
}
