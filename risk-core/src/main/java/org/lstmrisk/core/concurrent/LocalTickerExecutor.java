package org.lstmrisk.core.concurrent;

import java.io.Serializable;
import java.util.List;

/** The local engine: each map runs on a bounded pool of this process ({@link OrderedParallel}). Stateless. */
final class LocalTickerExecutor implements TickerExecutor {

    static final LocalTickerExecutor INSTANCE = new LocalTickerExecutor();

    private LocalTickerExecutor() {
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public <I extends Serializable, O extends Serializable> List<O> map(String job, List<I> inputs, int threads,
                                                                        SerializableFunction<I, O> task) {
        return OrderedParallel.map(inputs, threads, task);
    }
}
