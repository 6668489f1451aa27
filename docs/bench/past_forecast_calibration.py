"""Recalibration of a model's forecasts on its own past out-of-sample forecasts (docs/EVALUATION.md, "Warm starts
and recalibration"). Reads an `evaluate` forecasts.csv (horizon 1) and, per ticker, maps the forecast log variance
o_t to a + b*o_t (and, with a second model, a + b*o_t + c*g_t) with the coefficients that minimise QLIKE on the pairs
(o_s, realised_{s+1}) for s < t only, refitted every 63 forecasts; the first 250 forecasts of each ticker are left as
they were. Prints the pooled QLIKE (sigma2_real/sigma2_f - ln(sigma2_real/sigma2_f) - 1, scored days only) of each.

    python3 docs/bench/past_forecast_calibration.py out/eval-indices-lstm/forecasts.csv lstm gjr
"""
import csv
import math
import sys
from collections import defaultdict

import numpy as np

FIRST = 250
REFIT = 63


def qlike(real, forecast):
    x = real ** 2 / forecast ** 2
    return x - math.log(x) - 1


def fit(columns, realised_variance):
    """Newton's method on mean(v exp(-X beta) + X beta), started at the identity map of the first regressor."""
    x = np.column_stack([np.ones(len(realised_variance))] + columns)
    beta = np.zeros(x.shape[1])
    beta[1] = 1.0
    for _ in range(100):
        w = realised_variance * np.exp(-x @ beta)
        gradient = x.T @ (1 - w) / len(w)
        hessian = (x.T * w) @ x / len(w)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return beta


def main(path, model, partner):
    by_ticker = defaultdict(list)
    for row in csv.DictReader(open(path)):
        if row['scored'] in ('1', 'true'):
            by_ticker[row['ticker']].append(row)
    totals = defaultdict(float)
    n = 0
    for rows in by_ticker.values():
        real = np.array([float(r['realised']) for r in rows])
        o = np.log(np.array([float(r[model]) for r in rows]) ** 2)
        g = np.log(np.array([float(r[partner]) for r in rows]) ** 2)
        v = np.maximum(real ** 2, 1e-12)
        for t in range(len(rows)):
            n += 1
            totals[model] += qlike(real[t], math.exp(o[t] / 2))
            totals[partner] += qlike(real[t], math.exp(g[t] / 2))
            if t < FIRST:
                totals['recalibrated'] += qlike(real[t], math.exp(o[t] / 2))
                totals['stacked'] += qlike(real[t], math.exp(o[t] / 2))
                continue
            if t == FIRST or (t - FIRST) % REFIT == 0:
                one = fit([o[:t]], v[:t])
                two = fit([o[:t], g[:t]], v[:t])
            totals['recalibrated'] += qlike(real[t], math.exp((one[0] + one[1] * o[t]) / 2))
            totals['stacked'] += qlike(real[t], math.exp((two[0] + two[1] * o[t] + two[2] * g[t]) / 2))
    for name, total in totals.items():
        print(f"{name:14s} {total / n:.4f}")


if __name__ == '__main__':
    main(*sys.argv[1:4])
