package org.lstmrisk.nightly.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.portfolio.limits.Limit;
import org.lstmrisk.portfolio.limits.LimitMetric;

class LimitsFileReaderTest {

    private static final LimitsFileReader READER = new LimitsFileReader();

    /** The two entries of DESIGN.md "Limits file", as written there. */
    private static final String DESIGN_EXAMPLE = """
            limits:
              - name: portfolio-var99        # unique, shown in reports and history
                metric: portfolio.var99      # portfolio.volatility | portfolio.volatilityAnnualized | portfolio.var99
                                             # | portfolio.es975 | position.volatility | position.share | position.weight | gross.weight
                limit: 0.03                  # same units as the metric (fractions)
                warn: 0.8                    # WARN from 80 % of the limit
                hard: true                   # a hard breach makes the run exit 3
              - name: single-name-risk
                metric: position.share       # position.* limits apply to each ticker in scope
                scope: [AAPL, MSFT]          # optional; default all tickers
                limit: 0.10
                warn: 0.8
                hard: false
                from: 2024-01-01             # optional dates of a temporary limit
                to: 2024-06-30
            """;

    private static final Limit VAR99 = new Limit("portfolio-var99", LimitMetric.PORTFOLIO_VAR99, 0.03, 0.8, true,
            List.of(), null, null);
    private static final Limit SINGLE_NAME = new Limit("single-name-risk", LimitMetric.POSITION_SHARE, 0.10, 0.8,
            false, List.of("AAPL", "MSFT"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("limits.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private List<Limit> read(String yaml) throws IOException, DataInputException {
        return READER.read(write(yaml));
    }

    /** Asserts that reading {@code yaml} fails at {@code line} and {@code field}, with every fragment in the reason. */
    private DataInputException fails(String yaml, long line, String field, String... fragments) throws IOException {
        Path file = write(yaml);
        DataInputException e = assertThrows(DataInputException.class, () -> READER.read(file));
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.reason().contains(fragment), "'" + fragment + "' not in: " + e.reason());
        }
        return e;
    }

    private static String entry(String... lines) {
        StringBuilder sb = new StringBuilder("limits:\n");
        for (int i = 0; i < lines.length; i++) {
            sb.append(i == 0 ? "  - " : "    ").append(lines[i]).append('\n');
        }
        return sb.toString();
    }

    // --- valid files ---

    @Test
    void test_read_designMdExamplesRoundTrip() throws Exception {
        assertEquals(List.of(VAR99, SINGLE_NAME), read(DESIGN_EXAMPLE));
    }

    @Test
    void test_read_exampleResourceHasBothDesignExamplesAndEveryMetric() throws Exception {
        Path example = Path.of(getClass().getResource("/examples/limits.yaml").toURI());
        List<Limit> limits = READER.read(example);
        assertEquals(List.of(VAR99, SINGLE_NAME,
                Limit.of("portfolio-es975", LimitMetric.PORTFOLIO_ES975, 0.035),
                Limit.of("annual-volatility", LimitMetric.PORTFOLIO_VOLATILITY_ANNUALIZED, 0.25).withWarn(0.9),
                Limit.of("daily-volatility", LimitMetric.PORTFOLIO_VOLATILITY, 0.015).withHard(false),
                Limit.of("max-weight", LimitMetric.POSITION_WEIGHT, 0.10),
                Limit.of("stock-volatility", LimitMetric.POSITION_VOLATILITY, 0.05).withHard(false),
                Limit.of("gross-exposure", LimitMetric.GROSS_WEIGHT, 1.5)), limits);
        assertEquals(List.of(LimitMetric.values()).stream().sorted().toList(),
                limits.stream().map(Limit::metric).distinct().sorted().toList());
    }

    @Test
    void test_read_appliesDefaults() throws Exception {
        assertEquals(List.of(Limit.of("gross", LimitMetric.GROSS_WEIGHT, 1.5)),
                read(entry("name: gross", "metric: gross.weight", "limit: 1.5")));
    }

    @Test
    void test_read_emptyListMeansNoLimits() throws Exception {
        assertEquals(List.of(), read("limits: []\n"));
    }

    @Test
    void test_read_acceptsWarnOfOneIntegerLimitAndBlockStyleScope() throws Exception {
        List<Limit> limits = read("""
                limits:
                  - name: w
                    metric: position.weight
                    limit: 1
                    warn: 1
                    scope:
                      - AAPL
                      - "BRK.B"
                """);
        assertEquals(List.of(new Limit("w", LimitMetric.POSITION_WEIGHT, 1.0, 1.0, true, List.of("AAPL", "BRK.B"),
                null, null)), limits);
    }

    @Test
    void test_read_keepsTickersThatYamlReadsAsBooleansOrNumbers() throws Exception {
        List<Limit> limits = read(entry("name: w", "metric: position.weight", "limit: 0.1", "scope: [NO, ON, 7203]"));
        assertEquals(List.of("NO", "ON", "7203"), limits.get(0).scope());
    }

    @Test
    void test_read_acceptsOpenEndedDates() throws Exception {
        List<Limit> limits = read(entry("name: g", "metric: gross.weight", "limit: 2", "to: 2024-06-30"));
        assertEquals(Limit.of("g", LimitMetric.GROSS_WEIGHT, 2.0).withDates(null, LocalDate.of(2024, 6, 30)),
                limits.get(0));
    }

    // --- bad entries: line and key ---

    @Test
    void test_read_unknownMetricListsValidOnes() throws Exception {
        fails(entry("name: v", "metric: portfolio.var95", "limit: 0.03"), 3, "metric",
                "portfolio.var95", "portfolio.var99", "portfolio.es975", "gross.weight", "position.share");
    }

    @Test
    void test_read_zeroLimitIsRejected() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit: 0"), 4, "limit", "> 0");
    }

    @Test
    void test_read_negativeLimitIsRejected() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit: -0.03"), 4, "limit", "-0.03");
    }

    @Test
    void test_read_infiniteLimitIsRejected() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit: .inf"), 4, "limit", "finite");
        fails(entry("name: v", "metric: portfolio.var99", "limit: 0.03", "warn: .nan"), 5, "warn", ".nan");
    }

    @Test
    void test_read_percentLimitIsRejectedAskingForAFraction() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit: 3%"), 4, "limit", "3%", "fraction");
    }

    @Test
    void test_read_warnAboveOneIsRejected() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit: 0.03", "warn: 1.2"), 5, "warn", "1.2", "above");
    }

    @Test
    void test_read_zeroOrNegativeWarnIsRejected() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit: 0.03", "warn: 0"), 5, "warn", "> 0");
        fails(entry("name: v", "metric: portfolio.var99", "limit: 0.03", "warn: -0.5"), 5, "warn", "-0.5");
    }

    @Test
    void test_read_missingNameMetricOrLimitPointsAtTheEntry() throws Exception {
        String twoEntries = "limits:\n  - name: ok\n    metric: gross.weight\n    limit: 2\n";
        fails(twoEntries + "  - metric: gross.weight\n    limit: 2\n", 5, "name", "no 'name'");
        fails(twoEntries + "  - name: x\n    limit: 2\n", 5, "metric", "'x'", "no 'metric'");
        fails(twoEntries + "  - name: x\n    metric: gross.weight\n", 5, "limit", "no 'limit'");
    }

    @Test
    void test_read_emptyValueIsRejected() throws Exception {
        fails(entry("name: v", "metric: portfolio.var99", "limit:"), 4, "limit", "no value");
    }

    @Test
    void test_read_duplicateNamePointsAtTheSecondAndNamesTheFirst() throws Exception {
        fails("""
                limits:
                  - name: var
                    metric: portfolio.var99
                    limit: 0.03
                  - metric: portfolio.es975
                    limit: 0.04
                    name: var
                """, 7, "name", "'var'", "line 2");
    }

    @Test
    void test_read_scopeOnPortfolioMetricPointsAtScope() throws Exception {
        fails(entry("name: v", "scope: [AAPL]", "metric: portfolio.var99", "limit: 0.03"), 3, "scope",
                "portfolio.var99", "position.*");
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "scope: [AAPL]"), 5, "scope", "gross.weight");
    }

    @Test
    void test_read_malformedDateIsRejected() throws Exception {
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "from: 2024-13-01"), 5, "from", "2024-13-01");
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "to: 2024/06/30"), 5, "to", "YYYY-MM-DD");
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "to: 20240630"), 5, "to", "20240630");
    }

    @Test
    void test_read_fromAfterToPointsAtTo() throws Exception {
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "from: 2024-07-01", "to: 2024-06-30"), 6, "to",
                "2024-07-01", "2024-06-30", "line 5");
    }

    @Test
    void test_read_unknownKeyInALimitIsRejected() throws Exception {
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "hrad: false"), 5, "hrad",
                "unknown key 'hrad'", "hard");
    }

    @Test
    void test_read_unknownTopLevelKeyIsRejected() throws Exception {
        fails("version: 1\nlimits: []\n", 1, "version", "unknown top-level key 'version'");
        fails("limits: []\nlimit: []\n", 2, "limit", "'limit'");
    }

    @Test
    void test_read_keyGivenTwiceIsRejected() throws Exception {
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "limit: 3"), 5, "limit", "twice", "line 4");
    }

    @Test
    void test_read_hardMustBeBoolean() throws Exception {
        fails(entry("name: g", "metric: gross.weight", "limit: 2", "hard: maybe"), 5, "hard", "true or false");
    }

    @Test
    void test_read_scopeMustBeANonEmptyListWithoutDuplicates() throws Exception {
        fails(entry("name: w", "metric: position.weight", "limit: 0.1", "scope: AAPL"), 5, "scope", "list");
        fails(entry("name: w", "metric: position.weight", "limit: 0.1", "scope: []"), 5, "scope", "empty");
        fails(entry("name: w", "metric: position.weight", "limit: 0.1", "scope:", "  - AAPL", "  - MSFT", "  - AAPL"),
                8, "scope", "AAPL twice");
        fails(entry("name: w", "metric: position.weight", "limit: 0.1", "scope: [AAPL, [MSFT]]"), 5, "scope",
                "single value");
    }

    @Test
    void test_read_nameWithColonOrBlankIsRejected() throws Exception {
        fails(entry("name: a:b", "metric: gross.weight", "limit: 2"), 2, "name", "':'");
        fails(entry("name: ' '", "metric: gross.weight", "limit: 2"), 2, "name", "blank");
    }

    @Test
    void test_read_scalarWhereAMappingIsNeededIsRejected() throws Exception {
        fails(entry("name: {first: a}", "metric: gross.weight", "limit: 2"), 2, "name", "single value");
    }

    // --- bad files ---

    @Test
    void test_read_malformedYamlNamesTheLine() throws Exception {
        DataInputException e = fails("""
                limits:
                  - name: w
                    metric: position.weight
                    scope: [AAPL, MSFT
                    limit: 0.1
                """, 5, "", "malformed YAML");
        assertTrue(e.getCause() != null);
    }

    @Test
    void test_read_badIndentationIsMalformed() throws Exception {
        fails("limits:\n  - name: w\n      metric: gross.weight\n    limit: 2\n", 3, "", "malformed YAML");
    }

    @Test
    void test_read_tabIndentationIsMalformedOnItsLine() throws Exception {
        fails("limits:\n  - name: w\n\tmetric: gross.weight\n", 3, "", "malformed YAML", "TAB");
    }

    @Test
    void test_read_emptyFileIsRejected() throws Exception {
        fails("", 0, "limits", "empty");
        fails("# only a comment\n", 0, "limits", "empty");
    }

    @Test
    void test_read_fileWithoutLimitsListIsRejected() throws Exception {
        fails("{}\n", 1, "limits", "no 'limits:'");
        fails("- name: a\n", 1, "limits", "mapping");
        fails("limits:\n  name: a\n", 2, "limits", "list");
        fails("limits:\n", 1, "limits", "list");
        fails("limits:\n  - gross.weight\n", 2, "limits", "mapping");
    }

    @Test
    void test_read_secondDocumentIsRejected() throws Exception {
        fails("limits: []\n---\nlimits: []\n", 3, "", "more than one YAML document");
    }

    @Test
    void test_read_aliasIsRejected() throws Exception {
        fails(entry("name: a", "metric: gross.weight", "limit: &L 2") + entry("name: b", "metric: gross.weight",
                "limit: *L").substring("limits:\n".length()), 7, "limit", "alias", "*L");
    }

    @Test
    void test_read_missingFileIsRejected() {
        Path missing = dir.resolve("absent.yaml");
        DataInputException e = assertThrows(DataInputException.class, () -> READER.read(missing));
        assertEquals(missing, e.file());
        assertEquals(0, e.line());
        assertTrue(e.reason().contains("does not exist"), e.reason());
    }

    @Test
    void test_read_exampleResourceIsOnTheClassPath() throws URISyntaxException {
        assertTrue(Files.isRegularFile(Path.of(getClass().getResource("/examples/limits.yaml").toURI())));
    }
}
