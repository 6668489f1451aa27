package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.portfolio.PortfolioRiskCalculator;
import org.lstmrisk.portfolio.SampleCorrelation;
import org.lstmrisk.portfolio.limits.LimitChecker;

/** Wiring of the portfolio calculations: correlation estimation and risk figures. */
public final class PortfolioModule extends AbstractModule {

    @Provides
    @Singleton
    SampleCorrelation correlation() {
        return SampleCorrelation.DEFAULT;
    }

    @Provides
    @Singleton
    PortfolioRiskCalculator riskCalculator() {
        return PortfolioRiskCalculator.DEFAULT;
    }

    @Provides
    @Singleton
    LimitChecker limitChecker() {
        return LimitChecker.DEFAULT;
    }
}
