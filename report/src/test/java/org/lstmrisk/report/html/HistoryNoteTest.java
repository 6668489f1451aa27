package org.lstmrisk.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.report.ForecastHistory;

/** The report's note on how its year of forecasts was made: in-sample for a neural model, out of sample otherwise. */
class HistoryNoteTest {

    private static ForecastHistory history(String model) {
        List<LocalDate> dates = List.of(LocalDate.of(2023, 3, 8), LocalDate.of(2024, 3, 8));
        double[] two = {0.01, 0.01};
        return new ForecastHistory(model, 1, dates, List.of("AAPL"), new double[][] {two}, new double[][] {two}, two,
                two, two, 21);
    }

    @Test
    void neuralAlone_classicalAlone_andACombinationSayHowEachPartWasMade() {
        assertEquals("today's model (trained on data up to 2024-03-08) applied to each past day's window: an in-sample "
                + "view of its fit, not a record of earlier forecasts; lstm-risk evaluate measures it out of sample",
                ReportHtml.historyNote(history("lstm")));
        assertEquals("fitted on data up to 2023-03-08, then updated one day at a time as in the nightly run (no refit)",
                ReportHtml.historyNote(history("gjr")));
        assertEquals("the lstm part is today's model (trained on data up to 2024-03-08) applied to each past day's "
                + "window: an in-sample view of its fit, not a record of earlier forecasts; the other parts are fitted "
                + "on data up to 2023-03-08, then updated one day at a time as in the nightly run (no refit); each day "
                + "combined as in the run; lstm-risk evaluate measures it out of sample",
                ReportHtml.historyNote(history("lstm+gjr")));
        assertEquals(ReportHtml.historyNote(history("gjr")), ReportHtml.historyNote(history("gjr+ewma")));
    }
}
