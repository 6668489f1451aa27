package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.report.ConsoleSummary;
import org.lstmrisk.report.ForecastsCsv;
import org.lstmrisk.report.LimitsTable;
import org.lstmrisk.report.ReportJsonReader;
import org.lstmrisk.report.ReportJson;
import org.lstmrisk.report.ReportPublisher;
import org.lstmrisk.report.html.ReportHtml;

/** Wiring of the run's outputs: report.json, forecasts.csv, report.html, the console summary, atomic publishing. */
public final class ReportModule extends AbstractModule {

    @Provides
    @Singleton
    ReportJson reportJson() {
        return new ReportJson();
    }

    @Provides
    @Singleton
    ForecastsCsv forecastsCsv() {
        return new ForecastsCsv();
    }

    @Provides
    @Singleton
    ConsoleSummary consoleSummary(LimitsTable limitsTable) {
        return new ConsoleSummary(limitsTable);
    }

    @Provides
    @Singleton
    ReportJsonReader reportJsonReader() {
        return new ReportJsonReader();
    }

    @Provides
    @Singleton
    LimitsTable limitsTable() {
        return new LimitsTable();
    }

    @Provides
    @Singleton
    ReportPublisher publisher() {
        return new ReportPublisher();
    }

    @Provides
    @Singleton
    ReportHtml reportHtml() {
        return new ReportHtml();
    }
}
