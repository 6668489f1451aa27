package org.lstmrisk.nightly.run;

import org.lstmrisk.io.MarketData;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.io.Fingerprints;
import org.lstmrisk.io.LoadedPrices;
import org.lstmrisk.io.TickerCoverage;

/**
 * The demo's input: a seeded {@link SyntheticMarket}, presented like prices read from files, with a
 * fingerprint over the generated prices. This class is immutable and thread-safe.
 */
public final class SyntheticMarketData {

    /** The market data of {@code market}. */
    public MarketData generate(SyntheticMarket market) {
        PriceHistory history = market.generate();
        var coverage = new ArrayList<TickerCoverage>();
        Path source = Path.of("synthetic");
        for (PriceSeries s : history.series()) {
            coverage.add(new TickerCoverage(s.ticker(), source, s.firstDate(), s.lastDate(), s.size(), 0, "Close"));
        }
        String description = "synthetic market (" + market.tickers() + " tickers, " + market.days()
                + " days, seed " + market.seed() + ")";
        return new MarketData(new LoadedPrices(history, coverage, fingerprint(history)), description);
    }

    private static String fingerprint(PriceHistory history) {
        Fingerprints.Sha256 sha = Fingerprints.sha256();
        for (PriceSeries s : history.series()) {
            sha.update(s.ticker().getBytes(StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.allocate(16 * s.size());
            for (int i = 0; i < s.size(); i++) {
                b.putLong(s.date(i).toEpochDay()).putDouble(s.close(i));
            }
            sha.update(b.array());
        }
        return sha.fingerprint();
    }
}
