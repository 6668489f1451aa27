package org.lstmrisk.lstm;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * Trains one network: back-propagation through time over seeded, shuffled mini-batches with Adam, gradient
 * clipping, dropout, L2 decay and early stopping (see {@link TrainingConfig}). All buffers (forward caches
 * for every step, gradients, Adam moments, dropout masks) are allocated once per window length, so a
 * training step allocates nothing. Same configuration, seed and data give the same weights bit for bit.
 *
 * <p>Confined to one thread; train several networks in parallel with one trainer per thread.
 */
public final class Trainer {

    private final NetworkConfig network;
    private final TrainingConfig training;
    private final KernelChoice kernel;
    private final ParameterLayout layout;
    private final AdamOptimizer optimizer;
    private final double[] batchTargets;
    /** The index ranges of the kernels (the tensors L2 decay applies to) in the flat parameter array. */
    private final int[] kernelStart;
    private final int[] kernelEnd;
    private NetworkEngine engine;

    /** A trainer using the kernel chosen by {@link KernelChoice#fromSystemProperty()}. */
    public Trainer(NetworkConfig network, TrainingConfig training) {
        this(network, training, KernelChoice.fromSystemProperty());
    }

    /** A trainer using {@code kernel}. */
    public Trainer(NetworkConfig network, TrainingConfig training, KernelChoice kernel) {
        if (network == null || training == null || kernel == null) {
            throw new IllegalArgumentException("network, training and kernel must not be null");
        }
        this.network = network;
        this.training = training;
        this.kernel = kernel;
        this.layout = new ParameterLayout(network);
        this.optimizer = new AdamOptimizer(training, layout.size());
        this.batchTargets = new double[training.batchSize()];
        List<ParameterLayout.Entry> kernels = layout.entries().stream().filter(ParameterLayout.Entry::weight).toList();
        this.kernelStart = kernels.stream().mapToInt(ParameterLayout.Entry::offset).toArray();
        this.kernelEnd = kernels.stream().mapToInt(entry -> entry.offset() + entry.size()).toArray();
    }

    /**
     * Trains fresh weights ({@link NetworkWeights#initial} with the configured seed), holding out the last
     * {@code validationFraction} of the samples (in order) for early stopping.
     */
    public TrainingResult fit(SequenceDataset data) {
        checkData(data, "data");
        int validation = (int) Math.floor(data.size() * training.validationFraction());
        if (validation == 0) {
            return fit(data, null);
        }
        int split = data.size() - validation;
        return fit(data.slice(0, split), data.slice(split, data.size()));
    }

    /** Trains fresh weights on {@code train}, early stopping on {@code validation} (null for none). */
    public TrainingResult fit(SequenceDataset train, SequenceDataset validation) {
        return fit(train, validation, NetworkWeights.initial(network, training.seed()), AdamState.initial(network));
    }

    /**
     * Trains from {@code start} and optimiser {@code state} on {@code train} for the configured epochs,
     * early stopping on {@code validation} (null for none) and returning the best weights.
     *
     * @throws IllegalStateException when the validation loss is NaN in every epoch (training diverged)
     */
    public TrainingResult fit(SequenceDataset train, SequenceDataset validation, NetworkWeights start,
            AdamState state) {
        checkData(train, "train");
        if (validation != null && validation.size() > 0) {
            checkData(validation, "validation");
            if (validation.window() != train.window()) {
                throw new IllegalArgumentException("validation window " + validation.window()
                        + " differs from the training window " + train.window());
            }
        } else {
            validation = null;
        }
        NetworkEngine e = engineFor(train.window());
        load(start, state);
        SplittableRandom random = new SplittableRandom(training.seed());
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] bestParams = e.parameters().clone();
        double[] bestFirst = new double[layout.size()];
        double[] bestSecond = new double[layout.size()];
        long bestStep = optimizer.saveInto(bestFirst, bestSecond);
        EarlyStopping stopping = new EarlyStopping(training.patience());
        boolean stopped = false;
        List<Double> trainLoss = new ArrayList<>();
        List<Double> validationLoss = new ArrayList<>();
        int batch = training.batchSize();
        for (int epoch = 1; epoch <= training.epochs(); epoch++) {
            shuffle(order, random);
            double sum = 0.0;
            int batches = 0;
            for (int from = 0; from < n; from += batch) {
                sum += step(train, order, from, Math.min(batch, n - from), random);
                batches++;
            }
            trainLoss.add(sum / batches);
            double v = Double.NaN;
            if (validation != null) {
                v = evaluate(validation);
                validationLoss.add(v);
            }
            if (stopping.record(epoch, validation != null, v)) {
                System.arraycopy(e.parameters(), 0, bestParams, 0, bestParams.length);
                bestStep = optimizer.saveInto(bestFirst, bestSecond);
            } else if (stopping.shouldStop() && epoch < training.epochs()) {
                stopped = true;
                break;
            }
        }
        if (stopping.bestEpoch() == 0) {
            throw new IllegalStateException("the validation loss was NaN in every epoch: training diverged"
                    + " (lower the learning rate or clip the gradient norm)");
        }
        return new TrainingResult(NetworkWeights.copyOf(network, bestParams),
                AdamState.copyOf(network, bestStep, bestFirst, bestSecond), trainLoss, validationLoss,
                stopping.bestEpoch(), stopped);
    }

    /**
     * An online update: {@code steps} Adam steps, each on the newest {@code batchSize} windows of
     * {@code recent} (all of them if fewer), continuing from {@code weights} and {@code state}. Dropout masks
     * are drawn from the configured seed and the state's step count, so the update is deterministic.
     */
    public OnlineUpdate trainSteps(NetworkWeights weights, AdamState state, SequenceDataset recent, int steps) {
        checkData(recent, "recent");
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        engineFor(recent.window());
        load(weights, state);
        SplittableRandom random = new SplittableRandom(training.seed() ^ (0x9E3779B97F4A7C15L * (state.step() + 1)));
        int count = Math.min(training.batchSize(), recent.size());
        int from = recent.size() - count;
        double[] losses = new double[steps];
        for (int s = 0; s < steps; s++) {
            losses[s] = step(recent, null, from, count, random);
        }
        return new OnlineUpdate(NetworkWeights.copyOf(network, engine.parameters()), optimizer.state(network),
                losses);
    }

    /** The mean loss (without the L2 term) of the working weights on {@code data}, without dropout. */
    double evaluate(SequenceDataset data) {
        NetworkEngine e = engine;
        int n = data.size();
        int cap = e.capacity();
        double total = 0.0;
        for (int from = 0; from < n; from += cap) {
            int count = Math.min(cap, n - from);
            e.gather(data.rawInputs(), data.features(), null, from, count, data.rawTargets(), batchTargets);
            e.forward(count, false);
            total += training.loss().evaluate(e.output(), batchTargets, count, null) * count;
        }
        return total / n;
    }

    /**
     * One training step on samples {@code order[from..from+count)} (or {@code from..from+count} when order is
     * null): new dropout masks, forward, loss, backward, L2, clipping, Adam, transposes. Allocates nothing.
     *
     * @return the mini-batch loss before the update (without the L2 term)
     */
    double step(SequenceDataset data, int[] order, int from, int count, SplittableRandom random) {
        NetworkEngine e = engine;
        boolean dropout = training.dropout() > 0;
        if (dropout) {
            e.drawDropoutMasks(random, training.dropout(), count);
        }
        double loss = lossAndGradient(data, order, from, count, dropout);
        optimizer.apply(e.parameters(), e.gradient());
        e.refreshTransposes();
        return loss;
    }

    /**
     * Forward and backward on a batch with the current weights and (if {@code dropout}) the current masks;
     * leaves the gradient of loss + λ/2·‖W‖² in the engine and returns the loss without the L2 term.
     */
    double lossAndGradient(SequenceDataset data, int[] order, int from, int count, boolean dropout) {
        NetworkEngine e = engine;
        e.gather(data.rawInputs(), data.features(), order, from, count, data.rawTargets(), batchTargets);
        e.forward(count, dropout);
        double loss = training.loss().evaluate(e.output(), batchTargets, count, e.outputGradient());
        e.backward(count, dropout);
        double l2 = training.l2();
        if (l2 > 0) {
            double[] p = e.parameters();
            double[] g = e.gradient();
            for (int r = 0; r < kernelStart.length; r++) {
                for (int i = kernelStart[r]; i < kernelEnd[r]; i++) {
                    g[i] += l2 * p[i];
                }
            }
        }
        return loss;
    }

    /** λ/2·‖W‖² over the kernels of the working weights. */
    double l2Penalty() {
        double sum = 0.0;
        double[] p = engine.parameters();
        for (int r = 0; r < kernelStart.length; r++) {
            for (int i = kernelStart[r]; i < kernelEnd[r]; i++) {
                sum += p[i] * p[i];
            }
        }
        return 0.5 * training.l2() * sum;
    }

    /** The engine for windows of {@code window} steps, created on first use of that length. */
    NetworkEngine engineFor(int window) {
        if (engine == null || engine.window() != window) {
            engine = new NetworkEngine(network, kernel.newMatrixKernel(), kernel.newCellKernel(), window,
                    training.batchSize());
        }
        return engine;
    }

    /** Loads weights and optimiser state into the working buffers. */
    void load(NetworkWeights weights, AdamState state) {
        if (weights == null || state == null) {
            throw new IllegalArgumentException("weights and state must not be null");
        }
        if (!state.config().equals(network)) {
            throw new IllegalArgumentException("optimiser state is for " + state.config() + ", not " + network);
        }
        engine.load(weights);
        optimizer.load(state);
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    private void checkData(SequenceDataset data, String what) {
        if (data == null || data.size() == 0) {
            throw new IllegalArgumentException(what + " must hold at least one sample, was " + data);
        }
        if (data.features() != network.inputSize()) {
            throw new IllegalArgumentException(what + " has " + data.features() + " features per step, the network "
                    + "expects " + network.inputSize());
        }
        training.loss().checkTargets(data.rawTargets());
    }
}
