package org.lstmrisk.lstm.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Trainer;

/**
 * The per-stock LSTM with pooled pre-training: at each fit date t, one network (per ensemble member) is trained on
 * the samples of every stock of the universe up to t, each stock standardised by its own scalers and target scale
 * from its own training slice (its last part held out for early stopping, as in a one-stock fit); each stock's model
 * then starts from that network and trains at most {@code fineTuneEpochs} epochs on its own samples. The model stays
 * one per stock, an {@link LstmVolatilityModel} of the base configuration.
 *
 * <p>No look-ahead: the pre-training at t reads every series only up to its last date on or before t. The pooled
 * network of a date is trained once and shared by the stocks fitted at that date (whichever thread asks first trains
 * it; the result does not depend on which). Stocks with too little history at t are left out of the pool. Refits come
 * from the caller's schedule only: the models never refit themselves. Thread-safe.
 */
public final class PooledLstmForecaster implements VolatilityForecaster {

    private final LstmForecaster base;
    private final int pooledEpochs;
    private final int fineTuneEpochs;
    private final List<PriceSeries> universe;
    private final String universeFingerprint;
    private final ConcurrentHashMap<LocalDate, CompletableFuture<List<NetworkWeights>>> pooled =
            new ConcurrentHashMap<>();

    /**
     * A pooled forecaster not yet bound to a universe ({@link #forUniverse} binds it).
     *
     * @param base           the per-stock forecaster; its own refit schedule is switched off
     * @param pooledEpochs   the most epochs of each pre-training on the pool (early stopping as configured)
     * @param fineTuneEpochs the most epochs of each stock's fit from the pooled network
     */
    public PooledLstmForecaster(LstmForecaster base, int pooledEpochs, int fineTuneEpochs) {
        this(base, pooledEpochs, fineTuneEpochs, List.of());
    }

    private PooledLstmForecaster(LstmForecaster base, int pooledEpochs, int fineTuneEpochs, List<PriceSeries> universe) {
        Objects.requireNonNull(base, "base");
        if (pooledEpochs < 1 || fineTuneEpochs < 1) {
            throw new IllegalArgumentException("pooled pre-training and fine-tuning need at least 1 epoch each, were "
                    + pooledEpochs + " and " + fineTuneEpochs);
        }
        var c = base.config();
        this.base = c.refitEveryDays() == 0 ? base : new LstmForecaster(
                c.withSchedule(c.maxTrainingSamples(), c.onlineSteps(), 0), base.macro(), base.kernel());
        this.pooledEpochs = pooledEpochs;
        this.fineTuneEpochs = fineTuneEpochs;
        this.universe = List.copyOf(universe);
        this.universeFingerprint = fingerprint(this.universe);
    }

    /** The first 16 hex digits of the SHA-256 of every series' ticker, dates and prices ("" for none). */
    private static String fingerprint(List<PriceSeries> universe) {
        if (universe.isEmpty()) {
            return "";
        }
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            var bytes = java.nio.ByteBuffer.allocate(48);
            for (PriceSeries s : universe) {
                digest.update(s.ticker().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int i = 0; i < s.size(); i++) {
                    bytes.clear();
                    bytes.putLong(s.date(i).toEpochDay()).putDouble(s.close(i));
                    if (s.hasRange()) {
                        bytes.putDouble(s.open(i)).putDouble(s.high(i)).putDouble(s.low(i));
                    }
                    digest.update(bytes.array(), 0, bytes.position());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The per-stock forecaster the models belong to (refit schedule off). */
    public LstmForecaster base() {
        return base;
    }

    /** This forecaster pre-training on {@code universe}, with nothing trained yet. */
    @Override
    public PooledLstmForecaster forUniverse(List<PriceSeries> universe) {
        return new PooledLstmForecaster(base, pooledEpochs, fineTuneEpochs, universe);
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public int minimumHistory() {
        return base.minimumHistory();
    }

    /**
     * The model of {@code history}'s stock as of its last date: fine-tuned from the network pre-trained on the
     * universe up to that date.
     *
     * @throws IllegalStateException when the forecaster is not bound to a universe
     */
    @Override
    public LstmVolatilityModel fit(PriceSeries history) {
        if (universe.isEmpty()) {
            throw new IllegalStateException("pooled pre-training needs the universe of stocks (forUniverse)");
        }
        return base.fitFrom(history, pooledAt(history.lastDate()), fineTuneEpochs);
    }

    /** A fresh {@link #fit}: the refit starts from the network pre-trained at the new date, not from {@code previous}. */
    @Override
    public LstmVolatilityModel refit(PriceSeries history, VolatilityModel previous) {
        return fit(history);
    }

    /** True: a refit is a fresh fit from the network pre-trained at its date. */
    @Override
    public boolean refitsFromScratch() {
        return true;
    }

    /** The pooled network of each ensemble member at {@code date}, trained on first request. */
    List<NetworkWeights> pooledAt(LocalDate date) {
        var mine = new CompletableFuture<List<NetworkWeights>>();
        var earlier = pooled.putIfAbsent(date, mine);
        if (earlier != null) {
            try {
                return earlier.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            List<NetworkWeights> trained = pretrain(date);
            mine.complete(trained);
            return trained;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private List<NetworkWeights> pretrain(LocalDate date) {
        var train = new ArrayList<SequenceDataset>();
        var valid = new ArrayList<SequenceDataset>();
        for (PriceSeries full : universe) {
            int last = full.indexAtOrBefore(date);
            if (last + 1 < base.minimumHistory()) {
                continue;
            }
            LstmForecaster.FitData data;
            try {
                data = base.prepare(full.slice(0, last + 1));
            } catch (IllegalArgumentException tooShort) {
                continue;
            }
            train.add(data.train());
            if (data.valid() != null) {
                valid.add(data.valid());
            }
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no stock of the pool has enough history up to " + date);
        }
        var config = base.config();
        SequenceDataset trainAll = SequenceDataset.concat(train);
        SequenceDataset validAll = valid.isEmpty() ? null : SequenceDataset.concat(valid);
        var members = new ArrayList<NetworkWeights>(config.ensembleSize());
        for (int j = 0; j < config.ensembleSize(); j++) {
            var trainer = new Trainer(config.network(), config.memberTraining(j).withEpochs(pooledEpochs),
                    base.kernel());
            members.add(trainer.fit(trainAll, validAll).weights());
        }
        return List.copyOf(members);
    }

    /**
     * The base forecaster's setup, the pre-training's epochs, and the pool's tickers with the SHA-256 of their prices:
     * everything the forecasts depend on.
     */
    @Override
    public String toString() {
        String b = base.toString();
        return b.substring(0, b.length() - 1) + ", pooledEpochs=" + pooledEpochs + ", fineTuneEpochs=" + fineTuneEpochs
                + ", pool=" + universe.stream().map(PriceSeries::ticker).collect(Collectors.joining(" "))
                + (universe.isEmpty() ? "" : " sha256:" + universeFingerprint) + "]";
    }
}
