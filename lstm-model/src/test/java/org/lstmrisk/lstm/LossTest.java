package org.lstmrisk.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Loss values against hand-computed numbers and gradients against central differences. */
class LossTest {

    private static final double[] OUT = {0.5, -1.0, 2.0, 0.1};
    private static final double[] Y = {1.0, 0.25, 0.4, 0.1};

    @Test
    void test_values_matchHandComputation() {
        // residuals -0.5, -1.25, 1.6, 0
        assertEquals((0.25 + 1.5625 + 2.56 + 0) / 4, Loss.mse().evaluate(OUT, Y, 4, null), 1e-15);
        // delta 1: 0.125, 1·(1.25 − 0.5), 1·(1.6 − 0.5), 0
        assertEquals((0.125 + 0.75 + 1.1) / 4, Loss.huber(1.0).evaluate(OUT, Y, 4, null), 1e-15);
        double q = 0;
        for (int i = 0; i < 4; i++) {
            q += Y[i] * Math.exp(-OUT[i]) + OUT[i] - Math.log(Y[i]) - 1;
        }
        assertEquals(q / 4, Loss.qlike().evaluate(OUT, Y, 4, null), 1e-15);
        assertEquals(0.0, Loss.qlike().evaluate(new double[] {Math.log(0.3)}, new double[] {0.3}, 1, null), 1e-15);
    }

    @Test
    void test_gradients_matchCentralDifferences() {
        for (Loss loss : new Loss[] {Loss.mse(), Loss.huber(1.0), Loss.qlike()}) {
            double[] grad = new double[4];
            loss.evaluate(OUT, Y, 4, grad);
            for (int i = 0; i < 4; i++) {
                double[] plus = OUT.clone();
                double[] minus = OUT.clone();
                plus[i] += 1e-6;
                minus[i] -= 1e-6;
                double numeric = (loss.evaluate(plus, Y, 4, null) - loss.evaluate(minus, Y, 4, null)) / 2e-6;
                assertEquals(numeric, grad[i], 1e-8, loss + " output " + i);
            }
        }
    }
}
