"""Seeded inputs for the three functions.

kind = "fit":     {"X", "y", "l2", "lr", "epochs"}; lr = 1 / L, where L bounds the curvature of
                  the objective (a quarter of the largest eigenvalue of A^T A / n, A = [X, 1],
                  plus l2), so plain batch gradient descent converges.
kind = "predict": {"X", "w", "b"} with logits spread up to +-logit_scale.
kind = "loss":    {"X", "y", "w", "b", "l2"}, same logits, labels partly disagreeing with them.

data shapes (fit): overlap (two Gaussian classes), separable (a margin between them),
imbalanced (one class rare), duplicated (every row repeated), one_class.
"""

import random

import numpy as np


def generate(rng: random.Random, kind: str, n: int, d: int, **params) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if kind == "fit":
        return _fit(numbers, n, d, **params)
    X = numbers.normal(0.0, 1.0, size=(n, d))
    w = numbers.normal(0.0, 1.0, size=d)
    z = X @ w
    scale = params.get("logit_scale", 5.0) / max(1e-12, float(np.abs(z).max(initial=1.0)))
    w = w * scale
    b = float(params.get("b", 0.5))
    if kind == "predict":
        return {"X": X, "w": w, "b": b}
    if kind == "loss":
        truth = (X @ w + b > 0).astype(np.int64)
        flip = numbers.random(n) < params.get("flip", 0.2)
        return {"X": X, "y": np.where(flip, 1 - truth, truth), "w": w, "b": b, "l2": params.get("l2", 0.1)}
    raise ValueError(f"unknown kind {kind!r}")


def _fit(numbers, n, d, shape="overlap", l2=0.1, epochs=500, scale=1.0, offset=0.0, positive=0.5):
    y = (numbers.random(n) < positive).astype(np.int64)
    direction = numbers.normal(0.0, 1.0, size=d)
    direction /= np.linalg.norm(direction)
    X = numbers.normal(0.0, 1.0, size=(n, d))
    if shape == "separable":
        margin = X @ direction
        X += np.outer(np.where(y == 1, 1.0, -1.0) * (1.0 + np.abs(margin)) - margin, direction)
    elif shape in ("overlap", "imbalanced", "duplicated"):
        X += np.outer(np.where(y == 1, 0.8, -0.8), direction)
    elif shape == "one_class":
        y[:] = 1
    else:
        raise ValueError(f"unknown shape {shape!r}")
    if shape == "duplicated":
        X, y = np.repeat(X, 3, axis=0), np.repeat(y, 3)
    X = X * scale + offset
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    curvature = float(np.linalg.eigvalsh(A.T @ A / A.shape[0]).max()) / 4.0 + l2
    return {"X": X, "y": y, "l2": float(l2), "lr": 1.0 / curvature, "epochs": int(epochs)}
