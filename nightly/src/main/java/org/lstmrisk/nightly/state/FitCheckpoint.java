package org.lstmrisk.nightly.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.core.macro.MacroSeries;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmModelFile;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.lstm.forecast.ModelFileException;

/**
 * Makes a long bootstrap resumable: every neural model fitted from scratch is written to
 * {@code DIR/checkpoint/<key>.model} as soon as its fit ends, and a later run that needs the same fit (the same
 * forecaster configuration, GDP series and ticker prices up to the as-of date, hashed into the key) reads it
 * instead of fitting again. Because a fit is deterministic for its inputs and seed, a resumed run stores the same
 * model bytes as an uninterrupted one. The checkpoint is a cache outside the committed state: it is never a
 * generation, and the run that commits removes it ({@link #clear()}). A checkpoint file that does not read back
 * cleanly is ignored and fitted again. Files are written under a temporary name, fsynced and renamed, so a run
 * killed while writing one leaves no partial file under the final name. This class is thread-safe.
 */
public final class FitCheckpoint {

    private final Path dir;
    private final LstmModelFile codec;
    private final Set<String> resumed = new ConcurrentSkipListSet<>();
    private final Set<String> unreadable = new ConcurrentSkipListSet<>();
    private final Set<String> used = new ConcurrentSkipListSet<>();

    /** The checkpoint of {@code folder}, reading and writing model files with {@code codec}. */
    public FitCheckpoint(StateFolder folder, LstmModelFile codec) {
        this(folder.checkpointDir(), codec);
    }

    /** A cache of fits in {@code dir}, reading and writing model files with {@code codec}. */
    public FitCheckpoint(Path dir, LstmModelFile codec) {
        this.dir = dir;
        this.codec = codec;
    }

    /** {@code lstm}, fitting through this checkpoint: a fit already made for the same inputs is read, not redone. */
    public VolatilityForecaster around(LstmForecaster lstm) {
        return new VolatilityForecaster() {
            @Override
            public String name() {
                return lstm.name();
            }

            @Override
            public VolatilityModel fit(PriceSeries history) {
                return fitOrResume(lstm, history);
            }

            @Override
            public int minimumHistory() {
                return lstm.minimumHistory();
            }

            @Override
            public String toString() {
                return lstm.toString();
            }
        };
    }

    /** The tickers whose fit this run read from the checkpoint instead of fitting, sorted. */
    public List<String> resumed() {
        return List.copyOf(new TreeSet<>(resumed));
    }

    /** The tickers whose checkpoint file did not read back (fitted again), sorted. */
    public List<String> unreadable() {
        return List.copyOf(new TreeSet<>(unreadable));
    }

    /**
     * Deletes every file of the folder that this run neither read nor wrote, and the folder when nothing is left;
     * called after the run has committed, so that a cache of fits keeps only what the next run can reuse.
     */
    public void retainUsed() {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return; // absent, or a link: nothing is deleted through a link
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            int kept = 0;
            for (Path p : all) {
                if (used.contains(p.getFileName().toString())) {
                    kept++;
                } else {
                    Files.deleteIfExists(p);
                }
            }
            if (kept == 0) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the cache of fits " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the checkpoint folder; called after the run that used it has committed. */
    public void clear() {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return; // absent, or a link: nothing is deleted through a link
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the fit checkpoint " + dir + ": " + e.getMessage(), e);
        }
    }

    private VolatilityModel fitOrResume(LstmForecaster lstm, PriceSeries history) {
        Path file = dir.resolve(key(lstm, history) + ".model");
        used.add(file.getFileName().toString());
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                LstmVolatilityModel stored = codec.fromBytes(file, Files.readAllBytes(file), lstm.macro(),
                        lstm.kernel());
                if (stored.ticker().equals(history.ticker()) && stored.lastDate().equals(history.lastDate())
                        && stored.forecaster().config().equals(lstm.config())) {
                    resumed.add(history.ticker());
                    return stored;
                }
            } catch (ModelFileException | IOException e) {
                // a cache entry that does not read back is fitted again below
            }
            unreadable.add(history.ticker());
        }
        LstmVolatilityModel fitted = (LstmVolatilityModel) lstm.fit(history);
        write(file, codec.toBytes(fitted));
        return fitted;
    }

    private void write(Path file, byte[] bytes) {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            if (Files.isSymbolicLink(dir)) {
                throw new IOException(dir + " is a symbolic link; lstm-risk does not write through links in a state folder");
            }
            Files.createDirectories(dir);
            Files.deleteIfExists(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fit checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of everything a from-scratch fit depends on: configuration, GDP series and the ticker's prices. */
    static String key(LstmForecaster lstm, PriceSeries s) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update((lstm.name() + "\n" + lstm + "\n" + s.ticker() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.allocate(8 * (2 + 6 * s.size()));
        b.putInt(s.size()).putInt(s.hasRange() ? 1 : 0).putInt(s.hasVolume() ? 1 : 0).putInt(0);
        for (int i = 0; i < s.size(); i++) {
            b.putLong(s.date(i).toEpochDay()).putDouble(s.close(i));
            if (s.hasRange()) {
                b.putDouble(s.open(i)).putDouble(s.high(i)).putDouble(s.low(i));
            }
        }
        if (s.hasVolume()) {
            for (double v : s.volume()) {
                b.putDouble(v);
            }
        }
        md.update(b.array(), 0, b.position());
        lstm.macro().ifPresent(m -> md.update(macroBytes(m)));
        return HexFormat.of().formatHex(md.digest());
    }

    private static byte[] macroBytes(MacroSeries m) {
        ByteBuffer b = ByteBuffer.allocate(8 * (1 + 3 * m.values().length));
        b.putLong(m.values().length);
        for (int i = 0; i < m.values().length; i++) {
            LocalDate start = m.periodStarts().get(i);
            b.putLong(start.toEpochDay()).putLong(m.publicationDates().get(i).toEpochDay()).putDouble(m.values()[i]);
        }
        return b.array();
    }
}
