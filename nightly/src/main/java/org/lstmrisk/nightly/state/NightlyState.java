package org.lstmrisk.nightly.state;

import org.lstmrisk.report.CarriedModel;
import org.lstmrisk.report.StateSection;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.nightly.history.InTransaction;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.forecast.VolatilityForecaster;
import org.lstmrisk.core.forecast.VolatilityModel;
import org.lstmrisk.lstm.forecast.LstmForecaster;
import org.lstmrisk.lstm.forecast.LstmModelFile;
import org.lstmrisk.lstm.forecast.LstmVolatilityModel;
import org.lstmrisk.lstm.forecast.ModelFileException;

/**
 * The model state of one run against one state folder, starting from the generation that was current when
 * the run took the lock. Neural models (LSTM, RNN), alone or as the first part of a combination, are loaded,
 * checked and stored; classical ones are refitted from the data each run and nothing of them is stored. This class is immutable and thread-safe.
 */
public final class NightlyState implements ModelState {

    private final StateFolder folder;
    private final ModelGeneration current;
    private final RetrainRequest retrain;
    private final StoredModelReader reader;
    private final LstmModelFile codec;
    private final GenerationFiles files;
    private final GenerationRecords records;
    private final FitCheckpoint checkpoint;
    private final FitCheckpoint replayCache;

    /** The state of {@code folder}, whose current generation is {@code current}. */
    public NightlyState(StateFolder folder, ModelGeneration current, RetrainRequest retrain, StoredModelReader reader,
                        LstmModelFile codec, GenerationFiles files, GenerationRecords records) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.current = Objects.requireNonNull(current, "current");
        this.retrain = Objects.requireNonNull(retrain, "retrain");
        this.reader = reader;
        this.codec = codec;
        this.files = files;
        this.records = records;
        this.checkpoint = new FitCheckpoint(folder, codec);
        this.replayCache = new FitCheckpoint(folder.replayDir(), codec);
    }

    /** The generation current when the run started. */
    public ModelGeneration current() {
        return current;
    }

    @Override
    public StartingModels start(VolatilityForecaster forecaster, List<String> positions, LocalDate asOf,
                                PriceHistory data) {
        var neural = NeuralParts.of(forecaster);
        if (neural.isEmpty()) {
            if (retrain.any()) {
                throw new UserInputException("--retrain and --retrain-corrupted apply to stored neural models; the "
                        + forecaster.name() + " model is refitted from the data every run");
            }
            return new StartingModels(Map.of(), new StateSection(forecaster.name(), false, List.of(), List.of()));
        }
        // A combination such as lstm+gjr stores its neural part under that part's name: the state it keeps is the
        // one a run of the neural model alone keeps, and the other parts are refitted from the data every run.
        LstmForecaster lstm = neural.get();
        String model = lstm.name();
        var problems = new ArrayList<String>();
        for (String t : retrain.tickers()) {
            if (!positions.contains(t)) {
                problems.add("--retrain " + t + ": not a position of this run (positions: " + String.join(", ", positions) + ")");
            }
        }
        var ahead = new TreeMap<LocalDate, List<String>>();
        var changedSettings = new LinkedHashMap<String, StoredSetup>(); // by the stored setup's text
        var models = new LinkedHashMap<String, VolatilityModel>();
        var retrained = new ArrayList<String>();
        for (String t : positions) {
            if (retrain.tickers().contains(t)) {
                retrained.add(t);
                continue;
            }
            var entry = current.entry(model, t);
            if (entry.isEmpty()) {
                continue; // a new ticker, or the first run: bootstrapped by a full fit
            }
            ModelEntry e = entry.get();
            if (e.lastDate().isAfter(asOf)) {
                ahead.computeIfAbsent(e.lastDate(), d -> new ArrayList<>()).add(t);
                continue;
            }
            Path file = folder.modelFile(current.number(), model, t);
            LstmVolatilityModel loaded;
            try {
                loaded = reader.read(file, e, lstm);
            } catch (ModelFileException ex) {
                if (retrain.corrupted()) {
                    retrained.add(t);
                } else {
                    problems.add("model file " + ex.getMessage() + ". Run again with --retrain " + t
                            + " (or --retrain-corrupted) to refit it from scratch");
                }
                continue;
            }
            if (!loaded.forecaster().config().equals(lstm.config())) {
                changedSettings.computeIfAbsent(loaded.forecaster().toString(),
                        s -> new StoredSetup(loaded.forecaster(), new ArrayList<>())).tickers().add(t);
                continue;
            }
            models.put(t, loaded);
        }
        changedSettings.values().forEach(stored -> problems.add(changedSettingsProblem(model, stored, lstm)));
        ahead.forEach((last, tickers) -> problems.add("the state has learned " + String.join(", ", tickers) + " ("
                + model + ") up to " + last + ", after the as-of date " + asOf + ": a state only moves forward, "
                + "so a day is never learned twice. Run a date on or after " + last + ", or use another --state "
                + "folder to compute an earlier date"));
        if (!problems.isEmpty()) {
            throw new UserInputException("the model state in " + folder.dir() + " cannot serve this run; nothing was "
                    + "written: " + String.join("; ", problems));
        }
        var carried = new ArrayList<CarriedModel>();
        for (ModelEntry e : current.entries(model)) {
            if (!positions.contains(e.ticker())) {
                carried.add(new CarriedModel(e.ticker(), e.lastDate(),
                        data.contains(e.ticker()) ? "not a position" : "not in the data"));
            }
        }
        retrained.sort(null);
        return new StartingModels(models, new StateSection(model, true, carried, retrained), checkpoint,
                replayCache);
    }

    /** The tickers whose stored models were trained with one setup that is not the run's. */
    private record StoredSetup(LstmForecaster forecaster, List<String> tickers) {
    }

    /**
     * One problem for all the tickers whose stored models share a setup that differs from the run's: a state
     * written before a change of the default (a new release) names each setup once, not once per ticker.
     */
    private static String changedSettingsProblem(String model, StoredSetup stored, LstmForecaster asked) {
        List<String> tickers = stored.tickers();
        String difference = SettingsDifference.between(stored.forecaster().settings(), asked.settings());
        String whose = tickers.size() == 1 ? tickers.get(0) + "'s stored " + model + " model was"
                : "the stored " + model + " models of " + tickers.size() + " positions (" + String.join(", ", tickers)
                + ") were";
        return whose + " trained with other settings than this run's"
                + (difference.isEmpty() ? "" : " (" + difference + ")") + ": stored " + stored.forecaster()
                + ", asked " + asked + ". Run again with --retrain " + String.join(",", tickers) + " to refit "
                + (tickers.size() == 1 ? "it" : "them") + " with the new settings, or use another --state folder";
    }

    @Override
    public StagedModels stage(List<String> positions, List<VolatilityModel> models, StartingModels start) {
        StateSection section = start.section();
        if (!section.persisted()) {
            return new StagedModels(current, false, InTransaction.NONE,
                    List.of(section.model() + " is refitted from the data every run: no model is stored"));
        }
        String model = section.model();
        var newFiles = new TreeMap<String, byte[]>();
        var unchanged = new TreeMap<String, Path>();
        var entries = new ArrayList<ModelEntry>();
        for (ModelEntry e : current.entries()) {
            if (!(e.model().equals(model) && positions.contains(e.ticker()))) {
                unchanged.put(relative(e.model(), e.ticker()), folder.modelFile(current.number(), e.model(), e.ticker()));
                entries.add(e);
            }
        }
        var bootstrapped = new ArrayList<String>();
        var updated = new TreeMap<LocalDate, List<String>>();
        var upToDate = new ArrayList<String>();
        for (int i = 0; i < positions.size(); i++) {
            String t = positions.get(i);
            LstmVolatilityModel m = NeuralParts.of(models.get(i)).orElseThrow();
            byte[] bytes = codec.toBytes(m);
            String sha = Fingerprints.sha256(bytes);
            var old = current.entry(model, t);
            if (section.retrained().contains(t)) {
                // reported below
            } else if (old.isEmpty()) {
                bootstrapped.add(t);
            } else if (old.get().lastDate().isBefore(m.lastDate())) {
                updated.computeIfAbsent(old.get().lastDate(), d -> new ArrayList<>()).add(t);
            } else {
                upToDate.add(t);
            }
            if (old.isPresent() && old.get().sha256().equals(sha) && !section.retrained().contains(t)) {
                unchanged.put(relative(model, t), folder.modelFile(current.number(), model, t));
                entries.add(old.get());
            } else {
                newFiles.put(relative(model, t), bytes);
                entries.add(new ModelEntry(model, t, m.lastDate(), sha));
            }
        }
        var lines = new ArrayList<String>();
        if (!bootstrapped.isEmpty()) {
            lines.add("bootstrapped (full fit): " + String.join(", ", bootstrapped));
        }
        updated.forEach((from, tickers) -> lines.add("learned the days after " + from + ": " + String.join(", ", tickers)));
        if (!upToDate.isEmpty()) {
            lines.add("already learned the as-of date, used as stored: " + String.join(", ", upToDate));
        }
        if (!checkpoint.resumed().isEmpty()) {
            lines.add("read back from the checkpoint of an interrupted run, not fitted again: "
                    + String.join(", ", checkpoint.resumed()));
        }
        if (!checkpoint.unreadable().isEmpty()) {
            lines.add("checkpoint unreadable, fitted again: " + String.join(", ", checkpoint.unreadable()));
        }
        if (!replayCache.resumed().isEmpty()) {
            lines.add("past forecasts of the VaR method replayed from the cached fits of " + replayCache.resumed().size()
                    + " positions, not fitted again");
        }
        if (!section.retrained().isEmpty()) {
            lines.add("retrained from scratch on request: " + String.join(", ", section.retrained()));
        }
        for (CarriedModel c : section.carried()) {
            lines.add("carried unchanged: " + c.ticker() + " (" + c.reason() + "; learned up to " + c.lastDate() + ")");
        }
        ModelGeneration next = new ModelGeneration(current.number() + 1, entries);
        if (newFiles.isEmpty() && next.entries().equals(current.entries())) {
            lines.add("nothing new to store: generation " + current.number() + " stays current");
            return new StagedModels(current, false, InTransaction.NONE, lines);
        }
        Path dir = files.write(folder, next.number(), newFiles, unchanged);
        lines.add("stored as generation " + next.number() + " in " + dir + " (current once the run is recorded)");
        return new StagedModels(next, true, records.committing(next, current.number()), lines);
    }

    @Override
    public void collectGarbage(StagedModels staged) {
        files.collectGarbage(folder, staged.generation().number());
        checkpoint.clear();
        replayCache.retainUsed();
    }

    private static String relative(String model, String ticker) {
        return model + "/" + ticker + ".model";
    }
}
