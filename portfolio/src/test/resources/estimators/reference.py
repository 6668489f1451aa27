#!/usr/bin/env python3
"""Reference values for ShrunkCorrelationTest and FactorCorrelationTest (portfolio module).

Run: python3 reference.py   (numpy only; output pasted into the tests)

The data: a deterministic LCG (state = (1103515245*state + 12345) mod 2^31, value = state/2^31 - 0.5, starting at
state = seed) builds T x n returns x[t][j] = 0.01 * (m_t * b_j + s_t,g(j) * 0.7 + e_tj), with b_j = 0.5 + j/n,
g(j) = j % 3 the group, and m, s, e drawn in the order: for each t, m_t, then s_t,0..2, then e_t,0..n-1.
ShrunkCorrelationTest.lcgReturns builds the same matrix.

Shrinkage: a line-by-line transcription of Ledoit & Wolf's covCor.m ("Honey, I shrunk the sample covariance
matrix", J. Portfolio Management 2004), which shrinks the covariance towards the constant-correlation target.
Factor model: eigen decomposition of the sample correlation, k = #eigenvalues > (1+sqrt(n/T))^2 (>= 1).
"""
import numpy as np

def lcg_returns(T, n, seed):
    state = seed
    def nxt():
        nonlocal state
        state = (1103515245 * state + 12345) % (2 ** 31)
        return state / 2 ** 31 - 0.5
    x = np.zeros((T, n))
    for t in range(T):
        m = nxt()
        s = [nxt() for _ in range(3)]
        for j in range(n):
            e = nxt()
            x[t, j] = 0.01 * (m * (0.5 + j / n) + 0.7 * s[j % 3] + e)
    return x

def cov_cor(x):
    t, n = x.shape
    meanx = x.mean(axis=0)
    x = x - meanx
    sample = (1.0 / t) * (x.T @ x)
    var = np.diag(sample).copy()
    sqrtvar = np.sqrt(var)
    rBar = (np.sum(sample / np.outer(sqrtvar, sqrtvar)) - n) / (n * (n - 1))
    prior = rBar * np.outer(sqrtvar, sqrtvar)
    np.fill_diagonal(prior, var)
    y = x ** 2
    phiMat = y.T @ y / t - 2 * (x.T @ x) * sample / t + sample ** 2
    phi = np.sum(phiMat)
    term1 = ((x ** 3).T @ x) / t
    help_ = x.T @ x / t
    helpDiag = np.diag(help_)
    term2 = helpDiag[:, None] * sample
    term3 = help_ * var[:, None]
    term4 = var[:, None] * sample
    thetaMat = term1 - term2 - term3 + term4
    np.fill_diagonal(thetaMat, 0.0)
    rho = np.sum(np.diag(phiMat)) + rBar * np.sum(np.outer(1.0 / sqrtvar, sqrtvar) * thetaMat)
    gamma = np.linalg.norm(sample - prior, 'fro') ** 2
    kappa = (phi - rho) / gamma
    shrinkage = max(0.0, min(1.0, kappa / t))
    sigma = shrinkage * prior + (1 - shrinkage) * sample
    corr = sigma / np.outer(np.sqrt(np.diag(sigma)), np.sqrt(np.diag(sigma)))
    return shrinkage, rBar, corr

def factor(x, max_factors=20):
    t, n = x.shape
    r = np.corrcoef(x, rowvar=False)
    lam, v = np.linalg.eigh(r)
    order = np.argsort(lam)[::-1]
    lam, v = lam[order], v[:, order]
    edge = (1 + np.sqrt(n / t)) ** 2
    k = int(np.sum(lam > edge))
    k = max(1, min(k, max_factors, n - 1, t - 1))
    b = v[:, :k] * np.sqrt(lam[:k])
    psi = 1 - np.sum(b ** 2, axis=1)
    rho = b @ b.T
    np.fill_diagonal(rho, 1.0)
    return k, rho, psi, np.sum(lam[:k]) / n

np.set_printoptions(precision=17)
for (T, n, seed) in [(60, 8, 42), (40, 90, 7)]:
    x = lcg_returns(T, n, seed)
    d, rbar, corr = cov_cor(x)
    print(f"T={T} n={n} seed={seed}")
    print(f"  shrinkage delta={d!r} rBar={rbar!r} corr[0][1]={corr[0, 1]!r} corr[2][5]={corr[2, 5]!r}")
    k, rho, psi, expl = factor(x)
    w = np.array([(1.0 if j % 4 else -0.5) / n for j in range(n)])
    print(f"  factor k={k} rho[0][1]={rho[0, 1]!r} rho[2][5]={rho[2, 5]!r} minPsi={psi.min()!r} explained={expl!r}"
          f" wRw={w @ rho @ w!r}")
