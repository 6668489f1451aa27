package org.lstmrisk.lstm.forecast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.lstmrisk.core.features.DailyFeature;
import org.lstmrisk.core.features.Features;
import org.lstmrisk.core.features.Scaler;
import org.lstmrisk.core.features.ScalerKind;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.core.volatility.RealisedVolatilityEstimators;
import org.lstmrisk.lstm.AdamState;
import org.lstmrisk.lstm.CellType;
import org.lstmrisk.lstm.Loss;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.Tensor;
import org.lstmrisk.lstm.TrainingConfig;
import org.lstmrisk.lstm.kernel.KernelChoice;

/**
 * The versioned binary file of an {@link LstmVolatilityModel}: magic {@code LSTMRISK}, a format version, the
 * model (ticker, last date learned, configuration and features, weights and Adam state of each ensemble member,
 * scalers and output recalibration, current output,
 * loss curves) with every double written exactly, and a SHA-256 checksum of all that. Loading gives a model
 * equal to the one saved, so its forecasts are bit-identical. A file of a newer format, a wrong checksum or a
 * truncated file is refused with a {@link ModelFileException}. Writing goes to a temporary file that is
 * flushed and renamed into place. This class is immutable and thread-safe.
 */
public final class LstmModelFile {

    /** The newest format version this build writes and reads. */
    public static final int FORMAT_VERSION = 5;

    /** The format of a model of one network, the newest without an ensemble size: such files stay as they were. */
    private static final int ONE_NETWORK_FORMAT = 3;

    /** The format of an ensemble without a skip path: such files stay as they were. */
    private static final int ENSEMBLE_FORMAT = 4;

    private static final byte[] MAGIC = {'L', 'S', 'T', 'M', 'R', 'I', 'S', 'K'};
    private static final int CHECKSUM_BYTES = 32;

    /** The bytes of {@code model}'s file. */
    public byte[] toBytes(LstmVolatilityModel model) {
        try {
            var body = new ByteArrayOutputStream();
            var out = new DataOutputStream(body);
            out.write(MAGIC);
            int version = formatOf(model.forecaster().config());
            out.writeInt(version);
            writeModel(out, model, version);
            out.flush();
            byte[] content = body.toByteArray();
            byte[] file = Arrays.copyOf(content, content.length + CHECKSUM_BYTES);
            System.arraycopy(sha256(content, content.length), 0, file, content.length, CHECKSUM_BYTES);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The format a model of {@code config} is written in: {@link #FORMAT_VERSION} with a linear skip path,
     * {@value #ENSEMBLE_FORMAT} for an ensemble without one, {@value #ONE_NETWORK_FORMAT} for one network without one
     * (so that a file is the one earlier builds wrote and read whenever it can be).
     */
    public static int formatOf(LstmVolatilityConfig config) {
        if (config.skipDays() > 0) {
            return FORMAT_VERSION;
        }
        return config.ensembleSize() > 1 ? ENSEMBLE_FORMAT : ONE_NETWORK_FORMAT;
    }

    /** Writes {@code model} to {@code file} atomically (temporary file, flush, rename). */
    public void write(LstmVolatilityModel model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                var buffer = java.nio.ByteBuffer.wrap(toBytes(model));
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a model file.
     *
     * @param macro  the GDP series, when the model's features need it
     * @param kernel the kernels the loaded model computes with
     */
    public LstmVolatilityModel read(Path file, Optional<MacroSeries> macro, KernelChoice kernel)
            throws ModelFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "model file not found");
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read: " + e.getMessage(), e);
        }
        return fromBytes(file, bytes, macro, kernel);
    }

    /** Parses the bytes of a model file; {@code file} only names it in messages. */
    public LstmVolatilityModel fromBytes(Path file, byte[] bytes, Optional<MacroSeries> macro, KernelChoice kernel)
            throws ModelFileException {
        if (bytes.length < MAGIC.length + 4 + CHECKSUM_BYTES
                || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new ModelFileException(file, "not an lstm-risk model file");
        }
        int version = ((bytes[8] & 0xff) << 24) | ((bytes[9] & 0xff) << 16) | ((bytes[10] & 0xff) << 8) | (bytes[11] & 0xff);
        if (version > FORMAT_VERSION) {
            throw new ModelFileException(file, "written by a newer lstm-risk (model format " + version
                    + "); this build reads formats up to " + FORMAT_VERSION);
        }
        if (version < 1) {
            throw new ModelFileException(file, "unknown model format " + version);
        }
        int content = bytes.length - CHECKSUM_BYTES;
        if (!Arrays.equals(sha256(bytes, content), Arrays.copyOfRange(bytes, content, bytes.length))) {
            throw new ModelFileException(file, "corrupted: the SHA-256 checksum does not match its content");
        }
        try {
            var in = new DataInputStream(new ByteArrayInputStream(bytes, 12, content - 12));
            LstmVolatilityModel model = readModel(in, version, macro, kernel);
            if (in.available() != 0) {
                throw new ModelFileException(file, "malformed: " + in.available() + " unexpected bytes at the end");
            }
            return model;
        } catch (EOFException e) {
            throw new ModelFileException(file, "malformed: the content ends early", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelFileException(file, "malformed: " + e.getMessage(), e);
        }
    }

    private static void writeModel(DataOutputStream out, LstmVolatilityModel m, int version) throws IOException {
        out.writeUTF(m.ticker());
        out.writeLong(m.lastDate().toEpochDay());
        out.writeDouble(m.lastClose());
        out.writeInt(m.daysSinceRefit());
        out.writeDouble(m.output());
        writeConfig(out, m.forecaster().config(), version);
        writeTensors(out, m.weights().tensors());
        out.writeLong(m.optimizerState().step());
        writeTensors(out, m.optimizerState().tensors());
        for (int j = 1; j < m.members().size(); j++) {
            writeTensors(out, m.members().get(j).tensors());
            out.writeLong(m.memberStates().get(j).step());
            writeTensors(out, m.memberStates().get(j).tensors());
        }
        out.writeUTF(m.featureScaler().kind().name());
        writeDoubles(out, m.featureScaler().shift());
        writeDoubles(out, m.featureScaler().scale());
        out.writeBoolean(m.targetScaling().logVariance());
        out.writeDouble(m.targetScaling().shift());
        out.writeDouble(m.targetScaling().scale());
        out.writeDouble(m.targetScaling().calibration().intercept());
        out.writeDouble(m.targetScaling().calibration().slope());
        TrainingSummary t = m.training();
        writeDoubles(out, t.trainLoss().stream().mapToDouble(Double::doubleValue).toArray());
        writeDoubles(out, t.validationLoss().stream().mapToDouble(Double::doubleValue).toArray());
        out.writeInt(t.bestEpoch());
        out.writeInt(t.trainingSamples());
        out.writeInt(t.validationSamples());
    }

    private static LstmVolatilityModel readModel(DataInputStream in, int version, Optional<MacroSeries> macro,
                                                 KernelChoice kernel) throws IOException {
        String ticker = in.readUTF();
        LocalDate lastDate = LocalDate.ofEpochDay(in.readLong());
        double lastClose = in.readDouble();
        int daysSinceRefit = in.readInt();
        double output = in.readDouble();
        LstmVolatilityConfig config = readConfig(in, version);
        var forecaster = new LstmForecaster(config, macro, kernel);
        var members = new ArrayList<NetworkWeights>(config.ensembleSize());
        var states = new ArrayList<AdamState>(config.ensembleSize());
        for (int j = 0; j < config.ensembleSize(); j++) {
            members.add(NetworkWeights.fromTensors(config.network(), readTensors(in)));
            long step = in.readLong();
            states.add(AdamState.fromTensors(config.network(), step, readTensors(in)));
        }
        Scaler scaler = new Scaler(ScalerKind.valueOf(in.readUTF()), readDoubles(in), readDoubles(in));
        TargetScaling target = new TargetScaling(in.readBoolean(), in.readDouble(), in.readDouble(),
                version >= 3 ? new QlikeCalibration(in.readDouble(), in.readDouble()) : QlikeCalibration.IDENTITY);
        List<Double> trainLoss = boxed(readDoubles(in));
        List<Double> validationLoss = boxed(readDoubles(in));
        var summary = new TrainingSummary(trainLoss, validationLoss, in.readInt(), in.readInt(), in.readInt());
        return new LstmVolatilityModel(forecaster, ticker, lastDate, lastClose, members, states, scaler, target, output,
                daysSinceRefit, summary);
    }

    private static void writeConfig(DataOutputStream out, LstmVolatilityConfig c, int version) throws IOException {
        out.writeUTF(c.features().spec());
        out.writeInt(c.window());
        out.writeInt(c.recurrentSizes().size());
        for (int size : c.recurrentSizes()) {
            out.writeInt(size);
        }
        out.writeUTF(c.cellType().name());
        out.writeInt(c.denseHeadSize());
        TrainingConfig t = c.training();
        out.writeInt(t.epochs());
        out.writeInt(t.batchSize());
        out.writeDouble(t.learningRate());
        out.writeDouble(t.beta1());
        out.writeDouble(t.beta2());
        out.writeDouble(t.epsilon());
        out.writeDouble(t.clipNorm());
        out.writeDouble(t.l2());
        out.writeDouble(t.dropout());
        out.writeUTF(lossSpec(t.loss()));
        out.writeLong(t.seed());
        out.writeInt(t.patience());
        out.writeDouble(t.validationFraction());
        out.writeUTF(c.scaler().name());
        out.writeUTF(c.targetEstimator().name());
        out.writeInt(c.horizonDays());
        out.writeInt(c.maxTrainingSamples());
        out.writeInt(c.onlineSteps());
        out.writeInt(c.refitEveryDays());
        out.writeUTF(c.varianceBaseline().map(DailyFeature::spec).orElse(""));
        out.writeInt(c.warmStartEpochs());
        out.writeBoolean(c.calibrated());
        if (version >= 4) {
            out.writeInt(c.ensembleSize());
        }
        if (version >= 5) {
            out.writeInt(c.skipDays());
        }
    }

    /**
     * Format 1 has no variance baseline; format 2 ends the configuration with its spec ("" for none); format 3
     * adds the warm-start epochs and the calibration flag after it (and the calibration's intercept and slope after
     * the target scaling); format 4 ends it with the ensemble size (the extra members' weights and Adam states follow
     * member 0's); format 5 ends it with the skip path's days. Older formats read as cold, uncalibrated fits of one
     * network without a skip path, which is how they were made.
     */
    private static LstmVolatilityConfig readConfig(DataInputStream in, int version) throws IOException {
        var features = Features.parseList(in.readUTF());
        int window = in.readInt();
        int layers = in.readInt();
        if (layers < 1 || layers > 64) {
            throw new IOException("implausible layer count " + layers);
        }
        var sizes = new ArrayList<Integer>();
        for (int i = 0; i < layers; i++) {
            sizes.add(in.readInt());
        }
        CellType cell = CellType.valueOf(in.readUTF());
        int dense = in.readInt();
        var training = new TrainingConfig(in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), parseLoss(in.readUTF()),
                in.readLong(), in.readInt(), in.readDouble());
        ScalerKind scaler = ScalerKind.valueOf(in.readUTF());
        var estimator = RealisedVolatilityEstimators.byName(in.readUTF());
        int horizon = in.readInt();
        int maxSamples = in.readInt();
        int onlineSteps = in.readInt();
        int refitEvery = in.readInt();
        Optional<DailyFeature> baseline = Optional.empty();
        if (version >= 2) {
            String spec = in.readUTF();
            baseline = spec.isEmpty() ? Optional.empty() : Optional.of(Features.parse(spec));
        }
        int warmStartEpochs = version >= 3 ? in.readInt() : 0;
        boolean calibrated = version >= 3 && in.readBoolean();
        int ensemble = version >= 4 ? in.readInt() : 1;
        if (ensemble < 1 || ensemble > LstmVolatilityConfig.MAXIMUM_ENSEMBLE) {
            throw new IOException("implausible ensemble size " + ensemble);
        }
        int skipDays = version >= 5 ? in.readInt() : 0;
        return new LstmVolatilityConfig(features, window, sizes, cell, dense, training, scaler, estimator,
                horizon, maxSamples, onlineSteps, refitEvery, baseline, warmStartEpochs, calibrated, ensemble, skipDays);
    }

    /** The text form of a loss: {@code mse}, {@code huber:DELTA} or {@code qlike}. */
    static String lossSpec(Loss loss) {
        if (loss instanceof Loss.Huber h) {
            return "huber:" + h.delta();
        }
        return loss instanceof Loss.Qlike ? "qlike" : "mse";
    }

    /** The loss named by {@link #lossSpec}. */
    static Loss parseLoss(String spec) {
        return Loss.parse(spec);
    }

    private static void writeTensors(DataOutputStream out, List<Tensor> tensors) throws IOException {
        out.writeInt(tensors.size());
        for (Tensor t : tensors) {
            out.writeUTF(t.name());
            out.writeInt(t.rows());
            out.writeInt(t.cols());
            writeDoubles(out, t.values());
        }
    }

    private static List<Tensor> readTensors(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000) {
            throw new IOException("implausible tensor count " + n);
        }
        var out = new ArrayList<Tensor>();
        for (int i = 0; i < n; i++) {
            out.add(new Tensor(in.readUTF(), in.readInt(), in.readInt(), readDoubles(in)));
        }
        return out;
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / 8) {
            throw new IOException("implausible array length " + n);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
