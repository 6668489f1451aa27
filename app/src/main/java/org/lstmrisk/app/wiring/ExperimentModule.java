package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.experiments.ExperimentCharts;
import org.lstmrisk.experiments.ExperimentDataLoader;
import org.lstmrisk.experiments.ExperimentJson;
import org.lstmrisk.experiments.ExperimentPage;
import org.lstmrisk.experiments.SseExperiment;
import org.lstmrisk.experiments.SseFiles;
import org.lstmrisk.experiments.SseTables;
import org.lstmrisk.experiments.Sp500Experiment;
import org.lstmrisk.experiments.Sp500Files;
import org.lstmrisk.experiments.Sp500Tables;
import org.lstmrisk.io.GapPolicy;
import org.lstmrisk.io.PriceDataReader;

/** Wiring of {@code lstm-risk experiment}: the data loader, the two experiments and their outputs. */
public final class ExperimentModule extends AbstractModule {

    @Provides
    @Singleton
    ExperimentDataLoader experimentDataLoader() {
        return new ExperimentDataLoader(new PriceDataReader(GapPolicy.DEFAULT));
    }

    @Provides
    @Singleton
    SseExperiment sseExperiment() {
        return new SseExperiment();
    }

    @Provides
    @Singleton
    Sp500Experiment sp500Experiment() {
        return new Sp500Experiment();
    }

    @Provides
    @Singleton
    SseFiles sseFiles(SseTables tables, ExperimentCharts charts, ExperimentJson json, ExperimentPage page) {
        return new SseFiles(tables, charts, json, page);
    }

    @Provides
    @Singleton
    Sp500Files sp500Files(Sp500Tables tables, ExperimentCharts charts, ExperimentJson json, ExperimentPage page) {
        return new Sp500Files(tables, charts, json, page);
    }

    @Provides
    @Singleton
    SseTables sseTables() {
        return new SseTables();
    }

    @Provides
    @Singleton
    Sp500Tables sp500Tables() {
        return new Sp500Tables();
    }

    @Provides
    @Singleton
    ExperimentCharts experimentCharts() {
        return new ExperimentCharts();
    }

    @Provides
    @Singleton
    ExperimentJson experimentJson() {
        return new ExperimentJson();
    }

    @Provides
    @Singleton
    ExperimentPage experimentPage() {
        return new ExperimentPage();
    }
}
