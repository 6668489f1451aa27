"""Mincer-Zarnowitz regressions of realised on forecast daily variance, with standard errors robust to
heteroskedasticity and autocorrelation, from an evaluation's forecasts.csv (scored rows only).

Per ticker: OLS with Newey-West standard errors (Bartlett, lag 8, the lag of evaluate's Diebold-Mariano tests).
Pooled over ticker-days: OLS with Driscoll-Kraay standard errors (each date's moment contributions summed over
tickers, then Newey-West over dates, lag 8), which allow for correlation across tickers on a date.
evaluate's own Mincer-Zarnowitz standard errors are the classical homoskedastic ones.

usage: python3 docs/bench/mincer_zarnowitz_hac.py OUT/forecasts.csv MODEL[,MODEL...]
"""
import csv
import statistics
import sys
from collections import defaultdict

import numpy as np

LAG = 8


def newey_west(scores, lag):
    """Bartlett-weighted long-run covariance of the rows of scores (time in rows)."""
    s = scores.T @ scores
    for l in range(1, lag + 1):
        g = scores[l:].T @ scores[:-l]
        s += (1 - l / (lag + 1)) * (g + g.T)
    return s


def regression(y, x, groups):
    """OLS of y on (1, x); standard errors from the moment contributions summed within each group (in order)."""
    design = np.column_stack([np.ones_like(x), x])
    inverse = np.linalg.inv(design.T @ design)
    beta = inverse @ design.T @ y
    contributions = design * (y - design @ beta)[:, None]
    summed = np.array([contributions[g].sum(axis=0) for g in groups])
    se = np.sqrt(np.diag(inverse @ newey_west(summed, LAG) @ inverse))
    return beta, se


def main(path, models):
    rows = [r for r in csv.DictReader(open(path)) if r['scored'] == '1']
    for model in models:
        y = np.array([float(r['realised']) ** 2 for r in rows])
        x = np.array([float(r[model]) ** 2 for r in rows])
        by_date, by_ticker = defaultdict(list), defaultdict(list)
        for i, r in enumerate(rows):
            by_date[r['date']].append(i)
            by_ticker[r['ticker']].append(i)
        beta, se = regression(y, x, [by_date[d] for d in sorted(by_date)])
        slopes, intercepts_significant, slopes_not_one = [], 0, 0
        for ticker in sorted(by_ticker):
            idx = by_ticker[ticker]
            b, s = regression(y[idx], x[idx], [[i] for i in range(len(idx))])
            slopes.append(b[1])
            intercepts_significant += abs(b[0] / s[0]) > 1.96
            slopes_not_one += abs((b[1] - 1) / s[1]) > 1.96
        print(f"{model}: pooled a = {beta[0]:.3g} (t {beta[0] / se[0]:.2f}), b = {beta[1]:.2f} (se {se[1]:.2f}); "
              f"per ticker: median b {statistics.median(slopes):.2f}, intercept significant (5 %) on "
              f"{intercepts_significant} of {len(slopes)}, slope significantly not 1 on {slopes_not_one}")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2].split(','))
