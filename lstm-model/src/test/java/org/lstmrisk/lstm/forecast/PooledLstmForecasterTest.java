package org.lstmrisk.lstm.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmrisk.core.PriceHistory;
import org.lstmrisk.core.PriceSeries;
import org.lstmrisk.core.simulation.SyntheticMarket;
import org.lstmrisk.lstm.NetworkWeights;
import org.lstmrisk.lstm.SequenceDataset;
import org.lstmrisk.lstm.Trainer;

/** Pooled pre-training: one network per fit date on every stock's samples up to that date, then per-stock fits. */
class PooledLstmForecasterTest {

    private static final PriceHistory MARKET = new SyntheticMarket(3, 700, LocalDate.of(2020, 1, 1), 11L).generate();

    private static PooledLstmForecaster pooled() {
        return new PooledLstmForecaster(LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 0)), 2, 1);
    }

    private static PriceSeries upTo(PriceSeries s, int size) {
        return s.slice(0, size);
    }

    @Test
    void pretraining_trainsOnEveryStocksOwnStandardisedSamples_upToTheDate() {
        var f = pooled().forUniverse(MARKET.series());
        PriceSeries a = MARKET.series().get(0);
        LocalDate t = a.date(599);
        // The second implementation: each stock's training and validation sets as its own one-stock fit builds
        // them, concatenated in universe order, and one network trained on them with the pre-training's epochs.
        LstmForecaster base = f.base();
        var train = new ArrayList<SequenceDataset>();
        var valid = new ArrayList<SequenceDataset>();
        for (PriceSeries s : MARKET.series()) {
            var data = base.prepare(upTo(s, s.indexAtOrBefore(t) + 1));
            train.add(data.train());
            valid.add(data.valid());
        }
        NetworkWeights expected = new Trainer(base.config().network(), base.config().training().withEpochs(2),
                base.kernel()).fit(SequenceDataset.concat(train), SequenceDataset.concat(valid)).weights();
        assertEquals(List.of(expected), f.pooledAt(t));
        LstmVolatilityModel m = f.fit(upTo(a, 600));
        assertEquals(base.fitFrom(upTo(a, 600), List.of(expected), 1), m);
        assertEquals(1, m.training().trainLoss().size(), "the stock's own fit trains the fine-tuning epochs");
    }

    @Test
    void noLookAhead_laterPricesOfAnyStock_doNotChangeTodaysModel_butEarlierOnesDo() {
        PriceSeries a = MARKET.series().get(0);
        LstmVolatilityModel today = pooled().forUniverse(MARKET.series()).fit(upTo(a, 600));
        // Another stock's prices after day 599 changed (doubled): today's pooled model must not move.
        var laterChanged = new ArrayList<PriceSeries>(MARKET.series());
        laterChanged.set(1, scaledFrom(MARKET.series().get(1), 600, 2.0));
        assertEquals(today, pooled().forUniverse(laterChanged).fit(upTo(a, 600)));
        // The same change from day 300 on is in the pool's past: the model must move.
        var earlierChanged = new ArrayList<PriceSeries>(MARKET.series());
        earlierChanged.set(1, scaledFrom(MARKET.series().get(1), 300, 2.0).slice(0, 700));
        assertNotEquals(today.weights(), pooled().forUniverse(earlierChanged).fit(upTo(a, 600)).weights());
    }

    @Test
    void theSharedNetwork_isTheSame_whicheverStockAsksFirst() {
        PriceSeries a = MARKET.series().get(0);
        PriceSeries b = MARKET.series().get(1);
        var first = pooled().forUniverse(MARKET.series());
        LstmVolatilityModel aFirst = first.fit(upTo(a, 650));
        LstmVolatilityModel bSecond = first.fit(upTo(b, 650));
        var second = pooled().forUniverse(MARKET.series());
        LstmVolatilityModel bFirst = second.fit(upTo(b, 650));
        assertEquals(bSecond, bFirst);
        assertEquals(aFirst, second.fit(upTo(a, 650)));
    }

    @Test
    void modelsNeverRefitThemselves_andRefitsStartFromTheNewDatesNetwork() {
        var f = pooled().forUniverse(MARKET.series());
        PriceSeries a = MARKET.series().get(0);
        assertEquals(0, f.base().config().refitEveryDays());
        LstmVolatilityModel previous = f.fit(upTo(a, 600));
        assertEquals(f.fit(upTo(a, 650)), f.refit(upTo(a, 650), previous));
    }

    @Test
    void unboundOrBadSettings_areRefused_andTheSetupNamesThePool() {
        PriceSeries a = MARKET.series().get(0);
        var e = assertThrows(IllegalStateException.class, () -> pooled().fit(upTo(a, 600)));
        assertTrue(e.getMessage().contains("universe"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PooledLstmForecaster(LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 0)), 0, 1));
        String setup = pooled().forUniverse(MARKET.series()).toString();
        assertTrue(setup.contains("pooledEpochs=2, fineTuneEpochs=1, pool=" + MARKET.series().get(0).ticker()), setup);
        assertTrue(setup.matches(".*sha256:[0-9a-f]{16}\\]$"), setup);
        var changed = new ArrayList<PriceSeries>(MARKET.series());
        changed.set(2, scaledFrom(MARKET.series().get(2), 690, 1.5));
        assertNotEquals(setup, pooled().forUniverse(changed).toString(), "other prices, another setup");
    }

    /** {@code s} with every price from index {@code from} on multiplied by {@code factor}. */
    private static PriceSeries scaledFrom(PriceSeries s, int from, double factor) {
        double[] open = s.open();
        double[] high = s.high();
        double[] low = s.low();
        double[] close = s.close();
        for (int i = from; i < s.size(); i++) {
            open[i] *= factor;
            high[i] *= factor;
            low[i] *= factor;
            close[i] *= factor;
        }
        return new PriceSeries(s.ticker(), s.dates(), open, high, low, close, s.volume());
    }

    @Test
    void walkForwardInRefitBlocks_equalsTheWholeWalkForward_forTheOneStockAndThePooledLstm() {
        var config = new org.lstmrisk.core.forecast.WalkForwardConfig(1, 20,
                org.lstmrisk.core.forecast.WalkForwardWindow.EXPANDING, 1000,
                new org.lstmrisk.core.volatility.CloseToCloseEstimator());
        PriceSeries a = MARKET.series().get(0);
        for (org.lstmrisk.core.forecast.VolatilityForecaster f : List.of(
                LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 20)), pooled().forUniverse(MARKET.series()))) {
            assertTrue(f.refitsFromScratch());
            var wf = new org.lstmrisk.core.forecast.WalkForward(f, config);
            var whole = wf.run(a, a.date(620), a.date(680));
            var parts = new ArrayList<org.lstmrisk.core.forecast.WalkForwardResult>();
            for (int[] b : wf.blocks(a, a.date(620), a.date(680))) {
                parts.add(wf.runBlock(a, b[0], b[1]));
            }
            assertEquals(4, parts.size());
            assertEquals(whole, org.lstmrisk.core.forecast.WalkForwardResult.concat(parts), f.toString());
        }
        assertTrue(!LstmForecasterTest.forecaster(LstmForecasterTest.small(0, 20).withWarmStart(2)).refitsFromScratch(),
                "warm refits depend on the fit before");
    }
}
