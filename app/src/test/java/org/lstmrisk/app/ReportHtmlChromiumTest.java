package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.html} of a real run opened in headless Chromium: it loads without errors (scripts, resources,
 * blocked fetches) and the headline figures it shows are report.json's. Uses the DJIA data with the example weights
 * and limits when {@code ../shared/data} is there (a hard breach: exit 3), else the demo. Also saves a full-page
 * screenshot to {@code target/report-screenshot.png}, and to the path in the system property
 * {@code lstmrisk.screenshot} when it is set ({@code docs/report-screenshot.png} is made by
 * {@code docs/make-screenshot.sh} instead, from the product's default run).
 */
class ReportHtmlChromiumTest {

    private static final int WIDTH = 1280;

    @TempDir
    Path tmp;

    @Test
    void chromium_loadsTheReportWithoutErrors_andShowsReportJsonsHeadlineFigures() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(tmp);
        Path report = writeRealReport();
        JsonNode json = new ObjectMapper().readTree(report.resolveSibling("report.json").toFile());

        String dom = chromium.dumpDom(report, WIDTH, 1000);
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertTrue(body.find(), "no <body> in the dumped DOM:\n" + dom.substring(0, Math.min(2000, dom.length())));
        assertEquals("ok", attribute(body.group(1), "data-load"), "the page finished loading");
        assertEquals("0", attribute(body.group(1), "data-errors"), "no script, resource or security-policy errors");

        JsonNode p = json.get("portfolio");
        assertHeadline(dom, "volatility", p.get("volatility").asDouble(), 3);
        assertHeadline(dom, "volatilityAnnualized", p.get("volatilityAnnualized").asDouble(), 2);
        assertHeadline(dom, "var95", p.get("var").get("0.95").asDouble(), 3);
        assertHeadline(dom, "var99", p.get("var").get("0.99").asDouble(), 3);
        assertHeadline(dom, "es97.5", p.get("es").get("0.975").asDouble(), 3);
        for (JsonNode l : json.get("limits")) {
            assertTrue(dom.contains("data-limit=\"" + l.get("name").asText() + "\" data-status=\""
                    + l.get("status").asText() + "\""), "limit row as in report.json: " + l.get("name"));
        }
        for (JsonNode t : json.get("tickers")) {
            assertTrue(dom.contains("<figure data-ticker=\"" + t.asText() + "\">"), "small chart of " + t.asText());
        }

        int height = Integer.parseInt(attribute(body.group(1), "data-height"));
        assertTrue(height > 1000 && height < 20000, "plausible page height: " + height);
        Path png = Path.of("target", "report-screenshot.png");
        chromium.screenshot(report, png, WIDTH, height);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG screenshot");
        String keep = System.getProperty("lstmrisk.screenshot");
        if (keep != null && !keep.isBlank()) {
            Files.copy(png, Path.of(keep), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void chromium_countsErrors_soTheCheckAboveCanFail() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.require(tmp);
        Cli cli = Cli.run("demo", "--model", "ewma", "--out", tmp.resolve("out").toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        Path report;
        try (var dirs = Files.list(tmp.resolve("out"))) {
            report = dirs.findFirst().orElseThrow().resolve("report.html");
        }
        String broken = Files.readString(report).replace("</main>",
                "<img src=\"https://example.invalid/logo.png\"><script>notDefined();</script></main>");
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, broken);
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(chromium.dumpDom(page, WIDTH, 1000));
        assertTrue(body.find());
        assertEquals("ok", attribute(body.group(1), "data-load"));
        assertTrue(Integer.parseInt(attribute(body.group(1), "data-errors")) >= 2,
                "the blocked image and the blocked script are counted: " + body.group(1));
    }

    private Path writeRealReport() throws IOException {
        Path out = tmp.resolve("out");
        Path shared = Path.of(System.getProperty("lstmrisk.sharedData", "../shared/data")).toAbsolutePath().normalize();
        Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples");
        Cli cli;
        int expected;
        if (Files.isDirectory(shared.resolve("djia30")) && Files.isRegularFile(examples.resolve("limits.yaml"))) {
            // The product's model, kept short: the page is under test here, not the training.
            cli = Cli.run("run", "--model", "lstm", "--epochs", "3", "--data", shared.resolve("djia30").toString(),
                    "--as-of", "2024-03-08",
                    "--weights", examples.resolve("weights.csv").toString(),
                    "--limits", examples.resolve("limits.yaml").toString(), "--out", out.toString());
            expected = ExitCode.HARD_BREACH;
        } else {
            cli = Cli.run("demo", "--model", "ewma", "--out", out.toString());
            expected = ExitCode.OK;
        }
        assertEquals(expected, cli.exitCode(), cli::toString);
        try (var dirs = Files.list(out)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("report.html");
        }
    }

    private static void assertHeadline(String dom, String key, double value, int decimals) {
        Matcher m = Pattern.compile("data-key=\"" + Pattern.quote(key) + "\" data-value=\"([^\"]+)\">"
                + "<div class=\"label\">[^<]*</div><div class=\"value\">([^<]+)</div>").matcher(dom);
        assertTrue(m.find(), "headline card " + key + " in the rendered page");
        assertEquals(value, Double.parseDouble(m.group(1)), 0.0, key + ": the page carries report.json's double");
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * value), m.group(2), key + " as shown");
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        assertTrue(m.find(), "no " + name + " on <body" + attributes + ">");
        return m.group(1);
    }
}
