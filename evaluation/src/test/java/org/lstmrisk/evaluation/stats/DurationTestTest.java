package org.lstmrisk.evaluation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Against a second implementation written from the paper in Python: the censored Weibull log-likelihood maximised over
 * (a, b) jointly with scipy's Nelder–Mead (no profile), and the restricted b = 1 fit in closed form. Script:
 * <pre>
 * import numpy as np; from scipy.optimize import minimize; from scipy.stats import chi2
 * def durations(hits):
 *     T = len(hits); idx = [i + 1 for i, h in enumerate(hits) if h]
 *     D = list(np.diff(idx)); C = [0] * len(D)
 *     if not hits[0]: D = [idx[0]] + D; C = [1] + C
 *     if not hits[-1]: D = D + [T - idx[-1]]; C = C + [1]
 *     return np.array(D, float), np.array(C)
 * def loglik(a, b, D, C):
 *     logf = np.log(b) + b*np.log(a) + (b - 1)*np.log(D) - (a*D)**b; logS = -(a*D)**b
 *     w = np.zeros(len(D)); w[0] = C[0]; w[-1] = C[-1]
 *     return np.sum(np.where(w == 1, logS, logf))
 * def test(hits):
 *     D, C = durations(hits)
 *     r = minimize(lambda p: -loglik(np.exp(p[0]), np.exp(p[1]), D, C), [np.log(0.01), 0.0], method='Nelder-Mead',
 *                  options={'xatol': 1e-12, 'fatol': 1e-14, 'maxiter': 100000, 'maxfev': 100000})
 *     lr = 2*(-r.fun - loglik((len(D) - C[0] - C[-1])/D.sum(), 1.0, D, C))
 *     return np.exp(r.x[1]), lr, 1 - chi2.cdf(lr, 1)
 * </pre>
 */
class DurationTestTest {

    private static final int T = 1000;

    @Test
    void clusteredExceptionsHaveAShapeBelowOne() {
        boolean[] hits = new boolean[T];
        for (int i = 0; i < T; i++) {
            hits[i] = Math.sin(i / 37.0) > 0.93 && i % 3 == 0;
        }
        check(hits, 0.55804938018545, 52.7772203232862, 3.735900477863652e-13);
    }

    @Test
    void evenlySpreadExceptionsHaveAShapeAboveOne() {
        boolean[] hits = new boolean[T];
        for (int i = 0; i < T; i++) {
            hits[i] = i % 97 == 50 || i == 13 || i == 444 || i == 871;
        }
        check(hits, 2.647994749204906, 10.090401915285767, 0.0014904359468630446);
    }

    @Test
    void exceptionsOnTheFirstAndLastDayCensorNothing() {
        boolean[] hits = new boolean[T];
        for (int i : Set.of(0, 40, 41, 300, 302, 650, 999)) {
            hits[i] = true;
        }
        check(hits, 0.5538258714739113, 3.4409362711505054, 0.06359964192040446);
    }

    @Test
    void fewerThanTwoExceptionsCannotBeTested() {
        boolean[] hits = new boolean[T];
        assertNull(DurationTest.of(hits));
        hits[500] = true;
        assertNull(DurationTest.of(hits));
    }

    private static void check(boolean[] hits, double shape, double lr, double p) {
        DurationTest.Result r = DurationTest.of(hits);
        assertEquals(shape, r.shape(), 1e-6);
        assertEquals(lr, r.test().statistic(), 1e-7);
        assertEquals(p, r.test().pValue(), Math.max(1e-9 * p, 1e-15));
        assertEquals(1, r.test().degreesOfFreedom());
    }
}
