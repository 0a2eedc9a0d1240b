"""Seeded inputs: ``generate(rng, **params) -> {"X", "y", "lam", "epochs"}``.

Labels are +1 with probability `positive`, else -1. The features are Gaussian, shifted by
`separation` / 2 along a random unit direction towards the sample's class, and moved by up to
+-offset per column. shape "overlap": as above; "separable": every sample pushed at least
`margin` away from the separating hyperplane; "one_class": every label +1; "duplicated":
every row appears twice, a share `conflict` of the copies with the opposite label.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    d: int,
    lam: float = 0.01,
    epochs: int = 1000,
    shape: str = "overlap",
    separation: float = 2.0,
    offset: float = 0.0,
    scale: float = 1.0,
    positive: float = 0.5,
    margin: float = 0.5,
    conflict: float = 0.3,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    y = np.where(numbers.random(n) < positive, 1, -1)
    if shape == "one_class":
        y[:] = 1
    direction = numbers.normal(0.0, 1.0, size=d)
    direction /= np.linalg.norm(direction)
    X = numbers.normal(0.0, 1.0, size=(n, d)) + np.outer(y * separation / 2, direction)
    if shape == "separable":
        along = X @ direction
        pushed = np.where(y * along < margin, y * margin, along)
        X += np.outer(pushed - along, direction)
    X = X * scale + numbers.uniform(-offset, offset, size=d)
    if shape == "duplicated":
        X = np.repeat(X, 2, axis=0)
        y = np.repeat(y, 2)
        flip = numbers.random(n) < conflict
        y[1::2] = np.where(flip, -y[1::2], y[1::2])
    elif shape not in ("overlap", "separable", "one_class"):
        raise ValueError(f"unknown shape {shape!r}")
    return {"X": X, "y": y.astype(np.int64), "lam": float(lam), "epochs": int(epochs)}
