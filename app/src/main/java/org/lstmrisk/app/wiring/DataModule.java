package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.io.WeightsReader;
import org.lstmrisk.nightly.limits.LimitsFileReader;

/** Wiring of input reading: prices, weights, configuration. */
public final class DataModule extends AbstractModule {

    @Provides
    @Singleton
    WeightsReader weightsReader() {
        return new WeightsReader();
    }

    @Provides
    @Singleton
    LimitsFileReader limitsReader() {
        return new LimitsFileReader();
    }
}
