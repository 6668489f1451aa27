package org.lstmrisk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;

/**
 * Reads a {@code report.json} of schema version 1 back into {@link WrittenReport}. A missing file, another
 * schema version, or a missing or mistyped field is a {@link DataInputException} naming the file and the field.
 * This class is immutable and thread-safe.
 */
public final class ReportJsonReader {

    private final ObjectMapper json = new ObjectMapper();

    /** The largest report.json read: 256 MiB (a report of 1 000 positions is about 40 MB). */
    static final long MAX_BYTES = 256L << 20;

    /** Reads {@code file}, a regular file of at most {@link #MAX_BYTES} bytes. */
    public WrittenReport read(Path file) throws DataInputException {
        if (!java.nio.file.Files.exists(file)) {
            throw new DataInputException(file, 0, "", "report file not found");
        }
        org.lstmrisk.io.InputFileCheck.check(file, MAX_BYTES, "report file");
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new DataInputException(file, 0, "", "report file not found");
        } catch (JsonProcessingException e) {
            throw new DataInputException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read: " + e.getMessage(), e);
        }
        Fields f = new Fields(file, root);
        int version = f.number("schemaVersion").intValue();
        if (version != ReportJson.SCHEMA_VERSION) {
            throw new DataInputException(file, 0, "schemaVersion", "schema version " + version
                    + " is not supported; this build reads version " + ReportJson.SCHEMA_VERSION);
        }
        LocalDate asOf = f.date("asOf");
        List<String> tickers = f.strings("tickers");
        double[] weights = f.doubles("weights", tickers.size());
        double[] volatilities = f.doubles("volatilities", tickers.size());
        JsonNode portfolio = f.object("portfolio");
        JsonNode contributions = f.array("contributions", tickers.size());
        var list = new ArrayList<RiskContribution>();
        for (int i = 0; i < tickers.size(); i++) {
            JsonNode c = contributions.get(i);
            String where = "contributions[" + i + "]";
            if (!tickers.get(i).equals(c.path("ticker").asText())) {
                throw new DataInputException(file, 0, where + ".ticker", "expected " + tickers.get(i)
                        + " (the order of 'tickers'), found '" + c.path("ticker").asText() + "'");
            }
            list.add(new RiskContribution(tickers.get(i), weights[i], volatilities[i],
                    f.number(c, where + ".marginal", "marginal").doubleValue(),
                    f.number(c, where + ".component", "component").doubleValue(),
                    f.number(c, where + ".share", "share").doubleValue()));
        }
        try {
            PortfolioRisk risk = new PortfolioRisk(
                    f.number(portfolio, "portfolio.volatility", "volatility").doubleValue(),
                    f.number(portfolio, "portfolio.volatilityAnnualized", "volatilityAnnualized").doubleValue(),
                    f.number("horizonDays").intValue(),
                    f.levels(portfolio, "var"), f.levels(portfolio, "es"), list,
                    f.number(portfolio, "portfolio.weightSum", "weightSum").doubleValue(),
                    f.number(portfolio, "portfolio.grossWeight", "grossWeight").doubleValue());
            return new WrittenReport(asOf, tickers, risk);
        } catch (IllegalArgumentException e) {
            throw new DataInputException(file, 0, "portfolio", e.getMessage(), e);
        }
    }

    /** Typed access to a report's fields with errors that name them. */
    private record Fields(Path file, JsonNode root) {

        JsonNode field(JsonNode node, String path, String name) throws DataInputException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new DataInputException(file, 0, path, "missing");
            }
            return v;
        }

        Number number(String name) throws DataInputException {
            return number(root, name, name);
        }

        Number number(JsonNode node, String path, String name) throws DataInputException {
            JsonNode v = field(node, path, name);
            if (!v.isNumber()) {
                throw new DataInputException(file, 0, path, "expected a number, found " + v.getNodeType());
            }
            return v.numberValue();
        }

        LocalDate date(String name) throws DataInputException {
            String text = field(root, name, name).asText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new DataInputException(file, 0, name, "'" + text + "' is not a date YYYY-MM-DD");
            }
        }

        JsonNode object(String name) throws DataInputException {
            JsonNode v = field(root, name, name);
            if (!v.isObject()) {
                throw new DataInputException(file, 0, name, "expected an object");
            }
            return v;
        }

        JsonNode array(String name, int expectedSize) throws DataInputException {
            JsonNode v = field(root, name, name);
            if (!v.isArray() || (expectedSize >= 0 && v.size() != expectedSize)) {
                throw new DataInputException(file, 0, name, "expected an array"
                        + (expectedSize >= 0 ? " of " + expectedSize + " entries (one per ticker)" : ""));
            }
            return v;
        }

        List<String> strings(String name) throws DataInputException {
            var out = new ArrayList<String>();
            for (JsonNode n : array(name, -1)) {
                out.add(n.asText());
            }
            return out;
        }

        double[] doubles(String name, int size) throws DataInputException {
            JsonNode a = array(name, size);
            double[] out = new double[size];
            for (int i = 0; i < size; i++) {
                if (!a.get(i).isNumber()) {
                    throw new DataInputException(file, 0, name + "[" + i + "]", "expected a number");
                }
                out[i] = a.get(i).doubleValue();
            }
            return out;
        }

        TreeMap<Double, Double> levels(JsonNode portfolio, String name) throws DataInputException {
            JsonNode node = field(portfolio, "portfolio." + name, name);
            var out = new TreeMap<Double, Double>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                String path = "portfolio." + name + "." + e.getKey();
                try {
                    out.put(Double.parseDouble(e.getKey()), number(node, path, e.getKey()).doubleValue());
                } catch (NumberFormatException ex) {
                    throw new DataInputException(file, 0, path, "the key must be a confidence level such as 0.99");
                }
            }
            return out;
        }
    }
}
