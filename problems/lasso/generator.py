"""Seeded inputs: ``generate(rng, **params) -> {"X", "y", "alpha", "max_iter", "tol"}``.

X has n rows of d Gaussian features with pairwise correlation `rho`, each column scaled by a
factor drawn from [1/spread, spread] and shifted by up to +-offset. y = X w_true + bias +
noise * N(0, 1), where w_true has a share `sparsity` of nonzero entries. alpha is a share
`alpha_ratio` of alpha_max = max_j |X_c[:, j] . y_c| / n, the smallest alpha that zeroes every
weight. Extras: `duplicates` columns copied from earlier ones, `zero_columns` columns of 0.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    d: int,
    alpha_ratio: float = 0.1,
    max_iter: int = 1000,
    tol: float = 1e-10,
    rho: float = 0.3,
    sparsity: float = 0.3,
    noise: float = 1.0,
    spread: float = 1.0,
    offset: float = 0.0,
    bias: float = 2.0,
    duplicates: int = 0,
    zero_columns: int = 0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    shared = numbers.normal(0.0, 1.0, size=(n, 1))
    X = np.sqrt(rho) * shared + np.sqrt(1.0 - rho) * numbers.normal(0.0, 1.0, size=(n, d))
    X *= np.exp(numbers.uniform(-np.log(spread), np.log(spread), size=d))
    X += numbers.uniform(-offset, offset, size=d)
    w_true = numbers.normal(0.0, 2.0, size=d) * (numbers.random(d) < sparsity)
    y = X @ w_true + bias + noise * numbers.normal(0.0, 1.0, size=n)
    for k in range(duplicates):
        X[:, d - 1 - k] = X[:, numbers.integers(0, d - duplicates)]
    for k in range(zero_columns):
        X[:, k * 2] = 0.0
    Xc, yc = X - X.mean(axis=0), y - y.mean()
    alpha_max = float(np.abs(Xc.T @ yc).max()) / n
    return {"X": X, "y": y, "alpha": alpha_ratio * alpha_max, "max_iter": int(max_iter), "tol": float(tol)}
