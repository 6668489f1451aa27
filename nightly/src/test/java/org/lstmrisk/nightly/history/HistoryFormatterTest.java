package org.lstmrisk.nightly.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.portfolio.limits.LimitStatus;

/** The three renderings of a history view, on hand-made rows. */
class HistoryFormatterTest {

    private static final Instant T = Instant.parse("2024-03-08T21:00:00Z");
    private final HistoryFormatter formatter = new HistoryFormatter();

    private static HistoryView view(HistoryFilter filter) {
        var ack = new BreachAckRow(7, "2024-03-08-1", "share:CCC", T, "o'neil", BreachClassification.DATA_ISSUE,
                "re-run", "bad \"close\", see ticket\nRISK-1");
        var result = new LimitResultRow("2024-03-08-1", "share:CCC", "position.share", 0.55, 0.4, 0.5, 1.1,
                LimitStatus.BREACH, true, "[{\"ticker\":\"CCC\",\"weight\":0.3,\"share\":0.55}]", List.of(ack));
        var run = new RunRow("2024-03-08-1", LocalDate.of(2024, 3, 8), T, T.plusSeconds(5), 3, "ewma", 1, 3,
                new RunRow.Figures(0.01, 0.1587, 0.0164, 0.0233, 0.0234, 1.0, 1.0),
                new RunRow.Inputs("data", "sha256:aa", "{}", "sha256:bb", "ewma(lambda=0.94, seedDays=20)",
                        "limits.yaml", "sha256:0123456789abcdef"),
                new RunRow.Counts(4, 0, 1, 1), new RunRow.LimitsChange(null, null, "sha256:0123456789abcdef"),
                "out/2024-03-08", filter.selectsResults() ? List.of(result) : List.of());
        return new HistoryView("h.db", filter, List.of(run));
    }

    @Test
    void test_csv_quotesCommasQuotesAndLineBreaks() {
        String csv = formatter.render(view(new HistoryFilter(null, null, LimitStatus.BREACH, null)), HistoryFormat.CSV);
        List<String> header = List.of(csv.substring(0, csv.indexOf('\n')).split(","));
        assertEquals("run_id", header.get(0));
        assertEquals(18, header.size());
        assertTrue(csv.contains(",7,2024-03-08T21:00:00Z,o'neil,data-issue,re-run,\"bad \"\"close\"\", see ticket\nRISK-1\",true\n"),
                csv);
    }

    @Test
    void test_json_isAnArrayOfRunsWithResultsAndAcksOnlyWhenSelected() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode plain = m.readTree(formatter.render(view(HistoryFilter.ALL), HistoryFormat.JSON));
        assertTrue(plain.isArray());
        assertEquals(0.0233, plain.get(0).get("portfolio").get("var").get("0.99").asDouble(), 0.0);
        assertTrue(!plain.get(0).has("limitResults"));
        JsonNode selected = m.readTree(formatter.render(view(new HistoryFilter(null, null, null, "share")), HistoryFormat.JSON));
        JsonNode ack = selected.get(0).get("limitResults").get(0).get("acks").get(0);
        assertEquals("bad \"close\", see ticket\nRISK-1", ack.get("comment").asText());
        assertEquals(7, ack.get("ackId").asLong());
        assertEquals("[]", m.readTree(formatter.render(new HistoryView("h.db", HistoryFilter.ALL, List.of()),
                HistoryFormat.JSON)).toString());
    }

    @Test
    void test_table_showsFiguresInPercentTheLimitsEventAndTheReview() {
        String table = formatter.render(view(new HistoryFilter(null, null, LimitStatus.BREACH, null)), HistoryFormat.TABLE);
        assertTrue(table.contains("2024-03-08  2024-03-08-1  ewma           1.0000   2.3300"), table);
        assertTrue(table.contains("first limits file 01234567  limits.yaml"), table);
        assertTrue(table.contains("CCC (55.0 % of risk)"), table);
        assertTrue(table.contains("reviewed #7 2024-03-08T21:00:00Z by o'neil: data-issue; action: re-run"), table);
        assertTrue(formatter.render(new HistoryView("h.db", HistoryFilter.ALL, List.of()), HistoryFormat.TABLE)
                .startsWith("history h.db: 0 runs"));
    }
}
