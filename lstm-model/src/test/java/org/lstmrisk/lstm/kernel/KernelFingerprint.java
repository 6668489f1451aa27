package org.lstmrisk.lstm.kernel;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.NetworkConfig;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Tensor;
import org.lstmrisk.lstm.Trainer;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.TrainingResult;

/**
 * Trains a small stacked LSTM with the Vector kernel and prints the SHA-256 of its weights: run in child JVMs
 * with different JIT settings by {@link VectorKernelReproducibilityTest}.
 */
public final class KernelFingerprint {

    private KernelFingerprint() {
    }

    /** Prints the fingerprint of the weights trained with {@code args[0]} (vector or ojalgo). */
    public static void main(String[] args) throws Exception {
        System.out.println(fingerprint(KernelChoice.valueOf(args[0].toUpperCase(java.util.Locale.ROOT))));
    }

    static String fingerprint(KernelChoice kernel) throws Exception {
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 64;
        int window = 10;
        double[] in = new double[n * window];
        double[] y = new double[n];
        for (int i = 0; i < in.length; i++) {
            in[i] = rnd.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y[i] = in[i * window + window - 1] * 0.5 + 0.1 * rnd.nextGaussian();
        }
        var network = new NetworkConfig(1, List.of(16, 8), CellType.LSTM, 0);
        var training = TrainingConfig.defaults().withEpochs(3).withBatchSize(8).withPatience(0).withSeed(7);
        TrainingResult result = new Trainer(network, training, kernel).fit(new SequenceDataset(in, y, window, 1), null);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Tensor t : result.weights().tensors()) {
            for (double v : t.values()) {
                long bits = Double.doubleToRawLongBits(v);
                for (int b = 0; b < 8; b++) {
                    sha.update((byte) (bits >>> (8 * b)));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
