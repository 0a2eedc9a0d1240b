"""Seeded inputs: ``generate(rng, **params) -> {"X", "y", "X_test", "rounds"}``.

shapes (labels -1 / +1, then a share `noise` of the training labels flipped):
- diagonal: features uniform in [0, 1); +1 above the diagonal x0 + x1 > 1 (no single stump
  fits it, boosting slowly staircases it);
- interval: +1 when 0.3 < x0 < 0.7 (two stumps are needed);
- grid: small integer features (many equal values, many tied errors), +1 where
  x0 + x1 >= levels - 1;
- stump: +1 when x[signal] > 0.5, no noise: one stump is perfect;
- noise: labels unrelated to the features.
Features are multiplied by `scale` and shifted by `offset`.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    n_test: int,
    d: int,
    rounds: int,
    shape: str = "diagonal",
    noise: float = 0.1,
    levels: int = 6,
    signal: int = 0,
    scale: float = 1.0,
    offset: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    rows = n + n_test
    if shape == "grid":
        X = numbers.integers(0, levels, size=(rows, d)).astype(float)
        positive = X[:, 0] + X[:, min(1, d - 1)] >= levels - 1
    else:
        X = numbers.random((rows, d))
        if shape == "diagonal":
            positive = X[:, 0] + X[:, min(1, d - 1)] > 1.0
        elif shape == "interval":
            positive = (X[:, 0] > 0.3) & (X[:, 0] < 0.7)
        elif shape == "stump":
            positive = X[:, signal] > 0.5
            noise = 0.0
        elif shape == "noise":
            positive = numbers.random(rows) < 0.5
        else:
            raise ValueError(f"unknown shape {shape!r}")
    y = np.where(positive, 1, -1)
    flip = numbers.random(n) < noise
    y[:n][flip] *= -1
    X = X * scale + offset
    return {"X": X[:n], "y": y[:n], "X_test": X[n:], "rounds": rounds}
