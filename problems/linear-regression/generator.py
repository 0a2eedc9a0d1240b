"""Seeded inputs for the two functions.

kind = "fit":     {"X", "y", "l2"}: y = X w_true + bias + noise * N(0, 1).
    shape "random":    Gaussian features (times scale, plus a per-column offset in +-offset);
    shape "collinear": the last `copies` columns are exact multiples (x2, x-0.5) of earlier
                       ones, so X_c^T X_c is exactly singular;
    shape "constant":  the last column is one constant value (collinear with the bias).
kind = "predict": {"X", "w", "b"}.
"""

import random

import numpy as np


def generate(rng: random.Random, kind: str, n: int, d: int, **params) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if kind == "fit":
        return _fit(numbers, n, d, **params)
    if kind == "predict":
        X = numbers.normal(0.0, params.get("scale", 1.0), size=(n, d))
        return {"X": X, "w": numbers.normal(0.0, 1.0, size=d), "b": float(params.get("b", 2.5))}
    raise ValueError(f"unknown kind {kind!r}")


def _fit(numbers, n, d, l2=0.1, noise=1.0, bias=3.0, scale=1.0, offset=0.0, shape="random", copies=0):
    X = numbers.normal(0.0, scale, size=(n, d)) + numbers.uniform(-offset, offset, size=d)
    if shape == "collinear":
        for column in range(d - copies, d):
            source = numbers.integers(0, d - copies)
            X[:, column] = X[:, source] * (2.0 if column % 2 else -0.5)
    elif shape == "constant":
        X[:, -1] = 4.0
    elif shape != "random":
        raise ValueError(f"unknown shape {shape!r}")
    w_true = numbers.normal(0.0, 1.0, size=d)
    y = X @ w_true + bias + noise * numbers.normal(0.0, 1.0, size=n)
    return {"X": X, "y": y, "l2": float(l2)}
