package org.lstmrisk.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lstmrisk.core.UserInputException;
import org.lstmrisk.io.DataInputException;

/**
 * The walk-forward forecasts of earlier evaluations, read back from their output folders ({@code evaluation.json},
 * {@code forecasts.csv}, {@code per-ticker.csv}), so that an evaluation can score them again instead of walking the
 * same models forward again ({@code evaluate --reuse-forecasts}). Reading checks only that the files are whole and
 * well formed; whether a model's forecasts of a ticker may be reused is {@link ReusePlan}'s decision. Forecasts are
 * daily volatilities (fractions) as the earlier evaluation wrote them, to the last bit. This class is immutable and
 * thread-safe.
 */
public final class SavedForecasts {

    /** No saved forecasts: every model is walked forward. */
    public static final SavedForecasts NONE = new SavedForecasts(List.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Folder> folders;

    private SavedForecasts(List<Folder> folders) {
        this.folders = List.copyOf(folders);
    }

    /**
     * Reads the output folders of earlier evaluations, in the order given.
     *
     * @throws UserInputException naming the file, line and field, when a folder is not an evaluation's output, a
     *                            file is malformed, or a folder is given twice
     */
    public static SavedForecasts read(List<Path> dirs) {
        var folders = new ArrayList<Folder>();
        var seen = new java.util.HashSet<Path>();
        for (Path dir : dirs) {
            if (!seen.add(dir.toAbsolutePath().normalize())) {
                throw new UserInputException("--reuse-forecasts: " + dir + " is given twice");
            }
            folders.add(Folder.read(dir));
        }
        return new SavedForecasts(folders);
    }

    /** True when no folder was given. */
    public boolean isEmpty() {
        return folders.isEmpty();
    }

    /** The folders, in the order given. */
    List<Folder> folders() {
        return folders;
    }

    /**
     * One earlier evaluation's output.
     *
     * @param dir               the folder as given
     * @param forecastsFile     its {@code forecasts.csv}
     * @param horizonDays       its horizon
     * @param refitEveryDays    its refit schedule
     * @param window            {@code expanding} or {@code rolling}
     * @param rollingWindowDays its rolling window, or null when expanding
     * @param target            its realised-volatility proxy
     * @param setups            each walked-forward model's setup, by name (combinations are not models)
     * @param tickers           each ticker's rows
     * @param refitFailures     refits that failed, by ticker then model
     * @param priceFingerprints each ticker's fingerprint of the prices its walk-forwards read; empty for evaluations
     *                          written before the fingerprints were recorded
     */
    record Folder(Path dir, Path forecastsFile, int horizonDays, int refitEveryDays, String window,
                  Integer rollingWindowDays, String target, Map<String, String> setups, Map<String, TickerRows> tickers,
                  Map<String, Map<String, Integer>> refitFailures, Map<String, String> priceFingerprints) {

        static Folder read(Path dir) {
            if (!Files.isDirectory(dir)) {
                throw new UserInputException("--reuse-forecasts: " + dir + " is not a folder (give the --out folder "
                        + "of an earlier evaluate)");
            }
            Path json = dir.resolve("evaluation.json");
            JsonNode root = readRoot(json);
            JsonNode config = required(json, root, "", "config");
            var fingerprints = new LinkedHashMap<String, String>();
            root.path("data").path("priceFingerprints").fields()
                    .forEachRemaining(f -> fingerprints.put(f.getKey(), f.getValue().asText()));
            var setups = new LinkedHashMap<String, String>();
            JsonNode modelSetups = required(json, config, "config.", "modelSetups");
            for (JsonNode model : required(json, config, "config.", "models")) {
                String name = model.asText();
                setups.put(name, required(json, modelSetups, "config.modelSetups.", name).asText());
            }
            JsonNode rolling = config.get("rollingWindowDays");
            Path csv = dir.resolve("forecasts.csv");
            Map<String, TickerRows> tickers = readForecasts(csv, setups.keySet());
            Map<String, Map<String, Integer>> failures = readFailures(dir.resolve("per-ticker.csv"));
            return new Folder(dir, csv, required(json, config, "config.", "horizonDays").asInt(),
                    required(json, config, "config.", "refitEveryDays").asInt(),
                    required(json, config, "config.", "window").asText(),
                    rolling == null || rolling.isNull() ? null : rolling.asInt(),
                    required(json, config, "config.", "target").asText(), Map.copyOf(setups), Map.copyOf(tickers),
                    Map.copyOf(failures), Map.copyOf(fingerprints));
        }

        /** Refits of {@code model} on {@code ticker} that failed; 0 when the earlier evaluation did not say. */
        int refitFailures(String ticker, String model) {
            return refitFailures.getOrDefault(ticker, Map.of()).getOrDefault(model, 0);
        }
    }

    /**
     * One ticker's rows of a {@code forecasts.csv}: its as-of dates, the 1-based line of each, the realised values
     * (NaN where the file's cell is empty: a day the ticker did not trade) and each model's forecasts.
     */
    record TickerRows(List<LocalDate> dates, int[] lines, double[] realised, Map<String, double[]> forecasts) {
    }

    private static JsonNode readRoot(Path json) {
        if (!Files.isRegularFile(json)) {
            throw bad(json, 0, "", "file does not exist; --reuse-forecasts takes the --out folder of an earlier "
                    + "evaluate");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw bad(json, 0, "", "not a readable evaluation.json: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad(json, 0, "", "not an evaluation.json (no JSON object)");
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version != EvaluationJson.SCHEMA_VERSION) {
            throw bad(json, 0, "schemaVersion", "is " + root.path("schemaVersion") + "; this version reads "
                    + EvaluationJson.SCHEMA_VERSION);
        }
        return root;
    }

    /** {@code node}'s {@code field}, which must be there; {@code path} is the node's place, e.g. {@code config.}. */
    private static JsonNode required(Path json, JsonNode node, String path, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw bad(json, 0, path + field, "missing");
        }
        return v;
    }

    private static Map<String, TickerRows> readForecasts(Path csv, java.util.Set<String> models) {
        List<CSVRecord> records = records(csv);
        if (records.isEmpty()) {
            throw bad(csv, 1, "", "the file is empty, expected a header line");
        }
        List<String> header = records.get(0).toList();
        if (header.size() < 4 || !header.get(0).equals("date") || !header.get(1).equals("ticker")
                || !header.get(2).equals("realised") || !header.get(header.size() - 1).equals("scored")) {
            throw bad(csv, 1, "", "not an evaluation's forecasts.csv (expected date,ticker,realised,MODELS...,scored)");
        }
        var columns = new LinkedHashMap<String, Integer>();
        for (String model : models) {
            int c = header.indexOf(model);
            if (c < 3 || c == header.size() - 1) {
                throw bad(csv, 1, model, "no column for the model that evaluation.json lists");
            }
            columns.put(model, c);
        }
        var builders = new LinkedHashMap<String, RowsBuilder>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            int line = r + 1;
            if (rec.size() != header.size()) {
                throw bad(csv, line, "", rec.size() + " fields where the header has " + header.size());
            }
            LocalDate date;
            try {
                date = LocalDate.parse(rec.get(0));
            } catch (DateTimeParseException e) {
                throw bad(csv, line, "date", "'" + rec.get(0) + "' is not a yyyy-MM-dd date");
            }
            RowsBuilder rows = builders.computeIfAbsent(rec.get(1), t -> new RowsBuilder(columns.keySet()));
            if (!rows.dates.isEmpty() && !date.isAfter(rows.dates.get(rows.dates.size() - 1))) {
                throw bad(csv, line, "date", rec.get(1) + " on " + date + " does not follow its previous row's date");
            }
            rows.dates.add(date);
            rows.lines.add(line);
            rows.realised.add(number(csv, line, "realised", rec.get(2), true));
            for (var column : columns.entrySet()) {
                rows.forecasts.get(column.getKey()).add(number(csv, line, column.getKey(), rec.get(column.getValue()),
                        false));
            }
        }
        var out = new LinkedHashMap<String, TickerRows>();
        builders.forEach((ticker, rows) -> out.put(ticker, rows.build()));
        return out;
    }

    private static Map<String, Map<String, Integer>> readFailures(Path csv) {
        List<CSVRecord> records = records(csv);
        if (records.isEmpty()) {
            throw bad(csv, 1, "", "the file is empty, expected a header line");
        }
        List<String> header = records.get(0).toList();
        int ticker = header.indexOf("ticker");
        int model = header.indexOf("model");
        int failures = header.indexOf("refit_failures");
        if (ticker < 0 || model < 0 || failures < 0) {
            throw bad(csv, 1, "", "not an evaluation's per-ticker.csv (expected ticker, model and refit_failures)");
        }
        var out = new HashMap<String, Map<String, Integer>>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            if (rec.size() != header.size()) {
                throw bad(csv, r + 1, "", rec.size() + " fields where the header has " + header.size());
            }
            int n;
            try {
                n = Integer.parseInt(rec.get(failures));
            } catch (NumberFormatException e) {
                throw bad(csv, r + 1, "refit_failures", "'" + rec.get(failures) + "' is not a whole number");
            }
            out.computeIfAbsent(rec.get(ticker), t -> new HashMap<>()).put(rec.get(model), n);
        }
        return out;
    }

    private static List<CSVRecord> records(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw bad(csv, 0, "", "file does not exist; --reuse-forecasts takes the --out folder of an earlier "
                    + "evaluate");
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw bad(csv, 0, "", "cannot read the file: " + e.getMessage());
        }
    }

    private static double number(Path csv, int line, String field, String cell, boolean emptyIsNaN) {
        if (cell.isEmpty() && emptyIsNaN) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(csv, line, field, "'" + cell + "' is not a finite number");
    }

    /** A user error naming {@code file}, {@code line} (0: none) and {@code field}, as the price reader's do. */
    static UserInputException bad(Path file, long line, String field, String reason) {
        var e = new DataInputException(file, line, field, reason);
        return new UserInputException(e.getMessage(), e);
    }

    /** One ticker's rows while the file is read. */
    private static final class RowsBuilder {
        final List<LocalDate> dates = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        final List<Double> realised = new ArrayList<>();
        final Map<String, List<Double>> forecasts = new LinkedHashMap<>();

        RowsBuilder(java.util.Set<String> models) {
            for (String m : models) {
                forecasts.put(m, new ArrayList<>());
            }
        }

        TickerRows build() {
            var f = new LinkedHashMap<String, double[]>();
            forecasts.forEach((m, values) -> f.put(m, values.stream().mapToDouble(Double::doubleValue).toArray()));
            return new TickerRows(List.copyOf(dates), lines.stream().mapToInt(Integer::intValue).toArray(),
                    realised.stream().mapToDouble(Double::doubleValue).toArray(), Map.copyOf(f));
        }
    }
}
