package org.lstmrisk.core.concurrent;

/**
 * A {@link TickerExecutor} engine other than the local one, found at run time with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/org.lstmrisk.core.concurrent.EngineProvider} entry), so that the application does not
 * depend on the cluster module at compile time and the default application carries no cluster library.
 */
public interface EngineProvider {

    /** The name given to {@code --engine}, e.g. {@code spark}. */
    String name();

    /**
     * Opens the engine on {@code master} (for Spark a master URL such as {@code local[*]} or
     * {@code spark://host:7077}; empty for the one the launcher configured, e.g. {@code spark-submit --master}).
     * The caller closes it.
     */
    TickerExecutor open(String master);
}
