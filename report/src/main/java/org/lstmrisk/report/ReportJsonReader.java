package org.lstmrisk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.io.InputFileCheck;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.RiskContribution;
import org.lstmrisk.report.json.JsonFormat;
import org.lstmrisk.report.json.ReportDocument;

/**
 * Reads a {@code report.json} of schema version 1 back into {@link ReportDocument}, the records it was written
 * from, and from there into {@link WrittenReport}. A missing file, another schema version, or a missing or
 * mistyped field is a {@link DataInputException} naming the file and the field (e.g. {@code contributions[2].share}).
 * This class is immutable and thread-safe.
 */
public final class ReportJsonReader {

    /** The largest report.json read: 256 MiB (a report of 1 000 positions is about 40 MB). */
    static final long MAX_BYTES = 256L << 20;

    /** Reads {@code file}, a regular file of at most {@link #MAX_BYTES} bytes. */
    public WrittenReport read(Path file) throws DataInputException {
        if (!Files.exists(file)) {
            throw new DataInputException(file, 0, "", "report file not found");
        }
        InputFileCheck.check(file, MAX_BYTES, "report file");
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JsonFormat.reader().readTree(in);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new DataInputException(file, 0, "", "report file not found");
        } catch (JsonProcessingException e) {
            throw new DataInputException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "",
                    "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DataInputException(file, 0, "", "expected a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw new DataInputException(file, 0, "schemaVersion", "missing or not a whole number");
        }
        if (version.intValue() < 1 || version.intValue() > ReportJson.SCHEMA_VERSION) {
            throw new DataInputException(file, 0, "schemaVersion", "schema version " + version.intValue()
                    + " is not supported; this build reads versions 1 to " + ReportJson.SCHEMA_VERSION);
        }
        ReportDocument doc;
        try {
            doc = JsonFormat.reader().forType(ReportDocument.class).readValue(root);
        } catch (MismatchedInputException e) {
            String problem = e.getOriginalMessage().startsWith("Missing required creator property")
                    ? "missing" : "invalid: " + firstLine(e.getOriginalMessage());
            throw new DataInputException(file, 0, path(e), problem, e);
        } catch (JsonMappingException e) {
            throw new DataInputException(file, 0, path(e), "invalid: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new DataInputException(file, 0, "", "cannot read: " + e.getMessage(), e);
        }
        return writtenReport(file, doc);
    }

    private static WrittenReport writtenReport(Path file, ReportDocument doc) throws DataInputException {
        List<String> tickers = present(file, "tickers", doc.tickers());
        int n = tickers.size();
        double[] weights = sized(file, "weights", present(file, "weights", doc.weights()), n);
        double[] volatilities = sized(file, "volatilities", present(file, "volatilities", doc.volatilities()), n);
        ReportDocument.Portfolio portfolio = present(file, "portfolio", doc.portfolio());
        List<ReportDocument.Contribution> contributions = present(file, "contributions", doc.contributions());
        if (contributions.size() != n) {
            throw new DataInputException(file, 0, "contributions",
                    "expected an array of " + n + " entries (one per ticker)");
        }
        var list = new ArrayList<RiskContribution>();
        for (int i = 0; i < n; i++) {
            ReportDocument.Contribution c = present(file, "contributions[" + i + "]", contributions.get(i));
            if (!tickers.get(i).equals(c.ticker())) {
                throw new DataInputException(file, 0, "contributions[" + i + "].ticker", "expected " + tickers.get(i)
                        + " (the order of 'tickers'), found '" + c.ticker() + "'");
            }
            list.add(new RiskContribution(tickers.get(i), weights[i], volatilities[i], c.marginal(), c.component(),
                    c.share()));
        }
        try {
            PortfolioRisk risk = new PortfolioRisk(portfolio.volatility(), portfolio.volatilityAnnualized(),
                    doc.horizonDays(), levels(file, "portfolio.var", portfolio.var()),
                    levels(file, "portfolio.es", portfolio.es()), list, portfolio.weightSum(),
                    portfolio.grossWeight());
            return new WrittenReport(present(file, "asOf", doc.asOf()), tickers, risk);
        } catch (IllegalArgumentException e) {
            throw new DataInputException(file, 0, "portfolio", e.getMessage(), e);
        }
    }

    private static TreeMap<Double, Double> levels(Path file, String path, Map<String, Double> byLevel)
            throws DataInputException {
        var out = new TreeMap<Double, Double>();
        for (var e : present(file, path, byLevel).entrySet()) {
            try {
                out.put(Double.parseDouble(e.getKey()), present(file, path + "." + e.getKey(), e.getValue()));
            } catch (NumberFormatException ex) {
                throw new DataInputException(file, 0, path + "." + e.getKey(),
                        "the key must be a confidence level such as 0.99");
            }
        }
        return out;
    }

    private static <T> T present(Path file, String path, T value) throws DataInputException {
        if (value == null) {
            throw new DataInputException(file, 0, path, "missing");
        }
        return value;
    }

    private static double[] sized(Path file, String path, double[] values, int n) throws DataInputException {
        if (values.length != n) {
            throw new DataInputException(file, 0, path, "expected an array of " + n + " entries (one per ticker)");
        }
        return values;
    }

    /** The JSON path of the failing field, e.g. {@code contributions[2].share}. */
    private static String path(JsonMappingException e) {
        var sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
