"""Seeded inputs: ``generate(rng, **params) -> {"X", "y", "X_test", "rounds", "lr"}``.

shapes (features uniform in [0, 1) unless said otherwise; Gaussian noise of sd `noise` added
to the training targets):
- step: y = 3 where x0 > 0.4, else -1, plus 2 where x1 > 0.7 (stumps fit it exactly);
- linear: y = X @ w for random weights w (stumps staircase it);
- sine: y = sin(2 pi x0) + x1^2;
- grid: small integer features (many equal values), y = x0 * x1 modulo 5;
- constant: y = 2.5 everywhere (every residual is 0).
Targets are multiplied by `y_scale` and shifted by `y_offset`; features by `scale`, `offset`.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    n_test: int,
    d: int,
    rounds: int,
    lr: float,
    shape: str = "sine",
    noise: float = 0.1,
    levels: int = 6,
    scale: float = 1.0,
    offset: float = 0.0,
    y_scale: float = 1.0,
    y_offset: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    rows = n + n_test
    second = min(1, d - 1)
    if shape == "grid":
        X = numbers.integers(0, levels, size=(rows, d)).astype(float)
        y = (X[:, 0] * X[:, second]) % 5
    else:
        X = numbers.random((rows, d))
        if shape == "step":
            y = np.where(X[:, 0] > 0.4, 3.0, -1.0) + np.where(X[:, second] > 0.7, 2.0, 0.0)
        elif shape == "linear":
            y = X @ numbers.normal(0.0, 2.0, size=d)
        elif shape == "sine":
            y = np.sin(2 * np.pi * X[:, 0]) + X[:, second] ** 2
        elif shape == "constant":
            y = np.full(rows, 2.5)
            noise = 0.0
        else:
            raise ValueError(f"unknown shape {shape!r}")
    y = y + numbers.normal(0.0, noise, size=rows) * (np.arange(rows) < n)
    return {
        "X": X[:n] * scale + offset,
        "y": y[:n] * y_scale + y_offset,
        "X_test": X[n:] * scale + offset,
        "rounds": rounds,
        "lr": lr,
    }
