package org.lstmrisk.app;

import org.lstmrisk.core.ExitCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report.html} of the demo: every section, every ticker, the headline figures of report.json, no network. */
class ReportHtmlTest {

    @TempDir
    Path tmp;

    private Path runDemo(String... extra) throws IOException {
        String[] args = new String[5 + extra.length];
        args[0] = "demo";
        args[1] = "--out";
        args[2] = tmp.toString();
        args[3] = "--model";
        args[4] = "ewma";
        System.arraycopy(extra, 0, args, 5, extra.length);
        Cli cli = Cli.run(args);
        assertEquals(ExitCode.OK, cli.exitCode(), cli::toString);
        try (var dirs = Files.list(tmp)) {
            return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void html_hasEverySectionAndEveryTicker() throws IOException {
        Path dir = runDemo();
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        JsonNode r = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String id : new String[] {"summary", "headline", "run-details", "limits", "contributions",
                "chart-contributions", "positions", "portfolio-history", "chart-portfolio-history", "stock-history",
                "stock-grid", "correlation", "chart-correlation"}) {
            assertTrue(html.contains("id=\"" + id + "\"") || html.contains("id='" + id + "'"), "section " + id);
        }
        assertFalse(html.contains("id=\"training\""), "no training section without training histories");
        assertTrue(html.contains("No limits were checked"), "says that there was no limits file");
        int n = r.get("tickers").size();
        for (int i = 0; i < n; i++) {
            String t = r.get("tickers").get(i).asText();
            assertEquals(2, count(html, "data-ticker=\"" + t + "\""), t + " has a row in the positions table and a small chart");
            assertTrue(html.contains("id='chart-stock-" + (i + 1) + "'"), "one small chart per ticker: " + t);
        }
        assertTrue(html.contains(r.get("asOf").asText()));
        assertTrue(html.contains(r.get("data").get("fingerprint").asText()));
    }

    @Test
    void html_headlineFiguresAreReportJsonsValues() throws IOException {
        Path dir = runDemo();
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        JsonNode p = new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("portfolio");
        assertCard(html, "volatility", p.get("volatility").asDouble(), 3);
        assertCard(html, "volatilityAnnualized", p.get("volatilityAnnualized").asDouble(), 2);
        assertCard(html, "var95", p.get("var").get("0.95").asDouble(), 3);
        assertCard(html, "var99", p.get("var").get("0.99").asDouble(), 3);
        assertCard(html, "es97.5", p.get("es").get("0.975").asDouble(), 3);
    }

    @Test
    void html_isSelfContained() throws IOException {
        String html = Files.readString(runDemo().resolve("report.html"), StandardCharsets.UTF_8);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String forbidden : new String[] {"<link", "<img", "<iframe", "@import", "src=", "url(http", "href=\"http",
                "href='http", "@font-face"}) {
            assertFalse(lower.contains(forbidden), "no external resource: " + forbidden);
        }
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"),
                "the browser refuses any fetch");
        Matcher urls = Pattern.compile("https?://[^\\s'\"<>)]+").matcher(html);
        while (urls.find()) {
            assertTrue(urls.group().startsWith("http://www.w3.org/") || urls.group().startsWith("http://www.jfree.org/jfreesvg"),
                    "only XML namespace names, never fetched: " + urls.group());
        }
        assertTrue(html.contains("@media print"));
    }

    private static void assertCard(String html, String key, double value, int decimals) {
        Matcher m = Pattern.compile("<div class=\"card\" data-key=\"" + Pattern.quote(key)
                + "\" data-value=\"([^\"]+)\"><div class=\"label\">[^<]*</div><div class=\"value\">([^<]+)</div>").matcher(html);
        assertTrue(m.find(), "card " + key);
        assertEquals(value, Double.parseDouble(m.group(1)), 0.0, key + " carries report.json's double");
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f %%", 100 * value), m.group(2), key + " as shown");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
