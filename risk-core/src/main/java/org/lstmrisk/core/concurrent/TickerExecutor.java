package org.lstmrisk.core.concurrent;

import java.io.Serializable;
import java.util.List;

/**
 * Where the per-ticker work of a run or an evaluation executes: on a bounded pool in this process
 * ({@link #local}) or as the tasks of a cluster job (the {@code cluster} module's Spark engine, found through an
 * {@link EngineProvider}). Results come back in input order, so they never depend on the engine, the number of
 * threads or the partitioning. A task must be deterministic: a retried task gives the same result.
 * Closing releases the engine (a cluster connection); the local engine holds nothing.
 */
public interface TickerExecutor extends AutoCloseable {

    /** The engine's name, as given to {@code --engine}: {@code local} or {@code spark}. */
    String name();

    /**
     * True when tasks run in this process on the caller's own objects, so a caller may pass objects that cannot
     * be serialised (the local engine); false when inputs and tasks are serialised to workers.
     */
    boolean inProcess();

    /**
     * {@code task} applied to every input, results in input order.
     *
     * @param job     a short description of the job, e.g. {@code fitting lstm per ticker}
     * @param threads the most threads of the local engine (a cluster engine uses its own slots)
     * @throws RuntimeException the first failing task's exception when the engine runs in process; when it does
     *                          not, an {@link IllegalStateException} describing the failed job after the engine's
     *                          retries, or the task's {@link org.lstmrisk.core.UserInputException} when it
     *                          threw one
     */
    <I extends Serializable, O extends Serializable> List<O> map(String job, List<I> inputs, int threads,
                                                                 SerializableFunction<I, O> task);

    /** Releases the engine; the default does nothing. */
    @Override
    default void close() {
    }

    /** The local engine: {@link OrderedParallel} on a pool of the given number of threads per call. */
    static TickerExecutor local() {
        return LocalTickerExecutor.INSTANCE;
    }
}
