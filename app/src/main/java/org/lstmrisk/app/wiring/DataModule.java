package org.lstmrisk.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.lstmrisk.io.WeightsReader;

/** Wiring of input reading: prices, weights, configuration. */
public final class DataModule extends AbstractModule {

    @Provides
    @Singleton
    WeightsReader weightsReader() {
        return new WeightsReader();
    }
}
