package org.lstmrisk.cluster;

import org.lstmrisk.core.concurrent.EngineProvider;
import org.lstmrisk.core.concurrent.TickerExecutor;

/**
 * The {@code spark} engine of {@code --engine}, registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services}: each command opens a Spark context on the master given (or the one
 * {@code spark-submit} set) and stops it at the end.
 */
public final class SparkEngineProvider implements EngineProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public TickerExecutor open(String master) {
        return SparkTickerExecutor.open(master);
    }
}
