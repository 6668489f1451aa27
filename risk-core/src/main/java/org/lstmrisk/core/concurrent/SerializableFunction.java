package org.lstmrisk.core.concurrent;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A function that can be shipped to another process (a cluster's worker): it and everything it captures are
 * {@link Serializable}.
 *
 * @param <I> the input of one task
 * @param <O> its result
 */
@FunctionalInterface
public interface SerializableFunction<I, O> extends Function<I, O>, Serializable {
}
