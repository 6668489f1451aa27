package org.lstmrisk.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a task to each item on a bounded pool and returns the results in the items' order, so that the
 * result never depends on the number of threads (coarse-grained parallelism: one ticker, or one ticker and model,
 * per task). A task's unchecked exception is rethrown as it is; the pool is shut down on return.
 */
public final class OrderedParallel {

    private OrderedParallel() {
    }

    /**
     * {@code task} applied to every item, on at most {@code threads} threads, results in item order.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     * @throws IllegalStateException    when interrupted, or when a task throws a checked exception or an error
     */
    public static <T, R> List<R> map(List<T> items, int threads, Function<? super T, ? extends R> task) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            var futures = new ArrayList<Future<R>>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            var results = new ArrayList<R>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for parallel tasks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
