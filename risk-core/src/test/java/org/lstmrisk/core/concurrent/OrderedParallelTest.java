package org.lstmrisk.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    @Test
    void map_keepsTheItemsOrder_whateverTheThreadCount() {
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        List<Integer> expected = items.stream().map(i -> i * i).toList();
        for (int threads : new int[] {1, 2, 7}) {
            assertEquals(expected, OrderedParallel.map(items, threads, i -> {
                try {
                    Thread.sleep((50 - i) % 3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return i * i;
            }));
        }
        assertEquals(List.of(), OrderedParallel.map(List.<Integer>of(), 2, i -> i));
    }

    @Test
    void map_rethrowsATasksUncheckedExceptionAsItIs_andRejectsZeroThreads() {
        var boom = new IllegalArgumentException("bad ticker");
        var thrown = assertThrows(IllegalArgumentException.class,
                () -> OrderedParallel.map(List.of(1, 2, 3), 2, i -> {
                    if (i == 2) {
                        throw boom;
                    }
                    return i;
                }));
        assertSame(boom, thrown);
        assertThrows(IllegalArgumentException.class, () -> OrderedParallel.map(List.of(1), 0, i -> i));
    }
}
