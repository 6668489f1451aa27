"""Pooled QLIKE of the geometric mean of several evaluations' forecasts of one model (docs/EVALUATION.md, "What else
was tried for the LSTM's lead"): the forecast an ensemble (`evaluate --lstm-ensemble K`) makes from the runs of its
members, each member j being the run with `--lstm-seed S+j`. Also with GJR-GARCH's forecast averaged in, as `--combine
lstm+gjr` does (equal weights in log variance).

    python3 docs/bench/geometric_mean_of_runs.py TICKERS GJR_FORECASTS.csv RUN1/forecasts.csv RUN2/forecasts.csv ...

TICKERS is a comma-separated list (or 'all'); GJR_FORECASTS.csv a forecasts.csv with a gjr column; every RUN has an
lstm column. Only scored days (scored = 1) common to every file count; QLIKE = r/f - ln(r/f) - 1 on daily variances.
"""
import csv
import math
import sys


def load(path, column, tickers):
    rows = {}
    for r in csv.DictReader(open(path)):
        if r["scored"] == "1" and (tickers is None or r["ticker"] in tickers):
            rows[(r["date"], r["ticker"])] = (float(r["realised"]), float(r[column]))
    return rows


def qlike(realised, forecast):
    x = (realised * realised) / (forecast * forecast)
    return x - math.log(x) - 1


def main():
    tickers = None if sys.argv[1] == "all" else set(sys.argv[1].split(","))
    gjr = load(sys.argv[2], "gjr", tickers)
    runs = [load(p, "lstm", tickers) for p in sys.argv[3:]]
    keys = sorted(set(gjr).intersection(*[set(r) for r in runs]))

    def mean_log(k):
        return sum(math.log(r[k][1]) for r in runs) / len(runs)

    rows = [
        ("gjr", lambda k: gjr[k][1]),
        ("geometric mean of the runs", lambda k: math.exp(mean_log(k))),
        ("the same + gjr", lambda k: math.exp(0.5 * (mean_log(k) + math.log(gjr[k][1])))),
    ]
    base = sum(qlike(gjr[k][0], gjr[k][1]) for k in keys) / len(keys)
    for name, forecast in rows:
        value = sum(qlike(gjr[k][0], forecast(k)) for k in keys) / len(keys)
        print(f"{name:28s} QLIKE {value:.4f}  {100 * (value / base - 1):+.2f} % against gjr")
    print(f"{len(keys)} ticker-days")


if __name__ == "__main__":
    main()
