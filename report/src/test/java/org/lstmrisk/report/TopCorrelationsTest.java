package org.lstmrisk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstmrisk.portfolio.CorrelationMatrix;
import org.lstmrisk.report.json.ReportDocument;

class TopCorrelationsTest {

    /** The heap selection equals sorting every pair by |ρ| (a second, brute-force implementation). */
    @Test
    void topCorrelations_areTheLargestAbsoluteEntriesOfAllPairs() {
        int n = 130;
        var rng = new SplittableRandom(4);
        double[][] rho = new double[n][n];
        List<String> tickers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tickers.add("T" + i);
            rho[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                rho[i][j] = rho[j][i] = 2 * rng.nextDouble() - 1;
            }
        }
        List<ReportDocument.Pair> top = ReportJson.topCorrelations(tickers, CorrelationMatrix.of(rho));
        var all = new ArrayList<double[]>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                all.add(new double[] {i, j, rho[i][j]});
            }
        }
        all.sort(Comparator.comparingDouble((double[] e) -> -Math.abs(e[2])));
        assertEquals(ReportJson.TOP_CORRELATIONS, top.size());
        for (int k = 0; k < top.size(); k++) {
            double[] e = all.get(k);
            assertEquals(new ReportDocument.Pair("T" + (int) e[0], "T" + (int) e[1], e[2]), top.get(k));
        }
    }
}
