package org.lstmrisk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmrisk.io.DataInputException;
import org.lstmrisk.portfolio.CorrelationEstimate;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.portfolio.PortfolioRisk;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.RiskInputs;
import org.lstmrisk.portfolio.limits.Limit;
import org.lstmrisk.portfolio.limits.LimitChecker;
import org.lstmrisk.portfolio.limits.LimitMetric;

/** report.json written by {@link ReportJson} reads back through the same records; bad files name the field. */
class ReportJsonReaderTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 8);

    @TempDir
    Path tmp;

    static RiskReport report(StateSection state) {
        List<String> tickers = List.of("AAA", "BBB", "CCC");
        double[] w = {0.4, 0.3, 0.3};
        double[] sigma = {0.01, 0.012, 0.03};
        CorrelationMatrix rho = CorrelationMatrix.of(new double[][] {{1, 0.3, 0.2}, {0.3, 1, 0.1}, {0.2, 0.1, 1}});
        PortfolioRisk risk = PortfolioRiskCalculator.DEFAULT.compute(RiskInputs.of(tickers, w, sigma, rho, 1));
        var limits = LimitChecker.DEFAULT.check(List.of(Limit.of("share", LimitMetric.POSITION_SHARE, 0.5)), risk,
                AS_OF);
        return new RiskReport(AS_OF, 1, "ewma", new Universe(tickers, w, "equal", List.of()), sigma,
                new CorrelationEstimate(rho, 252, 0.5, false, "none", 0.0), 252, risk, limits,
                new RiskReport.DataSummary("test-data", AS_OF.minusYears(1), AS_OF, "sha256:" + "0".repeat(64),
                        List.of()), state);
    }

    @Test
    void read_aWrittenReport_givesBackItsFiguresExactly() throws Exception {
        RiskReport report = report(StateSection.NONE);
        Path file = write(new String(new ReportJson().render(report), StandardCharsets.UTF_8));

        WrittenReport back = new ReportJsonReader().read(file);

        assertEquals(AS_OF, back.asOf());
        assertEquals(report.universe().tickers(), back.tickers());
        assertEquals(report.risk().volatility(), back.risk().volatility(), 0.0);
        assertEquals(report.risk().volatilityAnnualized(), back.risk().volatilityAnnualized(), 0.0);
        assertEquals(report.risk().valueAtRisk(), back.risk().valueAtRisk());
        assertEquals(report.risk().expectedShortfall(), back.risk().expectedShortfall());
        assertEquals(report.risk().contributions(), back.risk().contributions());
    }

    @Test
    void render_writesTheStateSectionOnlyForARunWithState() {
        String without = new String(new ReportJson().render(report(StateSection.NONE)), StandardCharsets.UTF_8);
        String with = new String(new ReportJson().render(report(new StateSection("lstm", true,
                List.of(new CarriedModel("ZZZ", AS_OF.minusDays(1), "not a position")), List.of("AAA")))),
                StandardCharsets.UTF_8);

        assertTrue(!without.contains("\"state\""), without);
        assertTrue(with.contains(String.join("\n",
                "  \"state\" : {",
                "    \"model\" : \"lstm\",",
                "    \"persisted\" : true,",
                "    \"carried\" : [ {",
                "      \"ticker\" : \"ZZZ\",",
                "      \"lastDate\" : \"2024-03-07\",",
                "      \"reason\" : \"not a position\"",
                "    } ],",
                "    \"retrained\" : [ \"AAA\" ]",
                "  },",
                "  \"data\" : {")), with);
        assertTrue(without.startsWith("{\n  \"schemaVersion\" : 2,\n  \"asOf\" : \"2024-03-08\",\n"), without);
        assertTrue(without.endsWith("}\n"), without);
    }

    @Test
    void read_aMissingField_namesIt() throws Exception {
        String text = written().replaceFirst("\"weightSum\" : [^,]*,", "");
        var e = assertThrows(DataInputException.class, () -> new ReportJsonReader().read(write(text)));
        assertTrue(e.getMessage().contains("portfolio.weightSum") && e.getMessage().contains("missing"),
                e.getMessage());
    }

    @Test
    void read_aMistypedNumber_namesItsPath() throws Exception {
        String text = written().replaceFirst("\"share\" : ([-0-9.E]+)", "\"share\" : \"$1\"");
        var e = assertThrows(DataInputException.class, () -> new ReportJsonReader().read(write(text)));
        assertTrue(e.getMessage().contains("contributions[0].share"), e.getMessage());
    }

    @Test
    void read_anotherSchemaVersion_isRefused() throws Exception {
        String text = written().replaceFirst("\"schemaVersion\" : 2", "\"schemaVersion\" : 3");
        var e = assertThrows(DataInputException.class, () -> new ReportJsonReader().read(write(text)));
        assertTrue(e.getMessage().contains("schema version 3 is not supported"), e.getMessage());
    }

    @Test
    void read_aVersion1Report_withoutVarMethod_isRead() throws Exception {
        String text = written().replaceFirst("\"schemaVersion\" : 2", "\"schemaVersion\" : 1")
                .replaceFirst("(?s)\"varMethod\" : \\{.*?\\{ \\}\\s*\\},\\s*", "");
        assertTrue(!text.contains("varMethod"), text);
        assertEquals(written().length() > text.length(), true);
        new ReportJsonReader().read(write(text));
    }

    @Test
    void render_writesTheNormalVarMethod() throws Exception {
        assertTrue(written().contains(String.join("\n",
                "    \"varMethod\" : {",
                "      \"name\" : \"normal\",",
                "      \"windowDays\" : 0,",
                "      \"horizonDays\" : 1,",
                "      \"parameters\" : { }",
                "    },")), written());
    }

    @Test
    void read_contributionsOutOfTickerOrder_isRefused() throws Exception {
        String text = written().replaceFirst("\"ticker\" : \"AAA\",\n    \"marginal\"",
                "\"ticker\" : \"BBB\",\n    \"marginal\"");
        var e = assertThrows(DataInputException.class, () -> new ReportJsonReader().read(write(text)));
        assertTrue(e.getMessage().contains("contributions[0].ticker"), e.getMessage());
    }

    @Test
    void read_unknownKeys_areIgnored() throws Exception {
        String text = written().replaceFirst("\\{\n", "{\n  \"comesLater\" : [ 1, 2 ],\n");
        assertArrayEquals(new double[] {0.4, 0.3, 0.3},
                new ReportJsonReader().read(write(text)).risk().contributions().stream()
                        .mapToDouble(c -> c.weight()).toArray(), 0.0);
    }

    private static String written() {
        return new String(new ReportJson().render(report(StateSection.NONE)), StandardCharsets.UTF_8);
    }

    private Path write(String text) throws IOException {
        Path file = tmp.resolve("report.json");
        Files.writeString(file, text);
        return file;
    }
}
