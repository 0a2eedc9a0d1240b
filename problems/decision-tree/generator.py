"""Seeded inputs for both functions.

kind = "split": {"X", "y", "criterion"} for best_split, n rows of d features.
kind = "tree":  {"X_train", "y_train", "X_test", "max_depth", "min_samples_split"} for
                fit_predict, n rows for training and n_test for prediction.

shapes:
- separable: features uniform in [0, 1); feature `signal` alone sets the label, in bands of
  unequal widths (one band per class), so one threshold is clearly the best;
- rule: the label comes from a small hidden tree over the first features (axis-aligned cuts),
  and a share `noise` of the labels is redrawn at random;
- grid: small integer features (many equal values, many exactly tied gains), labels from a
  rule on two of them plus noise;
- noise: labels unrelated to the features.
Labels are 0..classes-1 plus `label_offset`; features are multiplied by `scale` and shifted by
`offset`.
"""

import random

import numpy as np


def generate(rng: random.Random, kind: str, n: int, d: int, classes: int = 2, **params) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    rows = n + (params.get("n_test", 0) if kind == "tree" else 0)
    X, y = _data(numbers, rows, d, classes, **{k: v for k, v in params.items() if k in _SHAPE_KEYS})
    X = X * params.get("scale", 1.0) + params.get("offset", 0.0)
    y = y + params.get("label_offset", 0)
    if kind == "split":
        return {"X": X, "y": y, "criterion": params.get("criterion", "gini")}
    if kind == "tree":
        return {
            "X_train": X[:n],
            "y_train": y[:n],
            "X_test": X[n:],
            "max_depth": params["max_depth"],
            "min_samples_split": params.get("min_samples_split", 2),
        }
    raise ValueError(f"unknown kind {kind!r}")


_SHAPE_KEYS = {"shape", "noise", "signal", "levels"}


def _data(numbers, rows, d, classes, shape="rule", noise=0.1, signal=0, levels=6):
    if shape == "separable":
        X = numbers.random((rows, d))
        widths = np.arange(1, classes + 1, dtype=float)
        cuts = np.cumsum(widths / widths.sum())[:-1]
        return X, np.searchsorted(cuts, X[:, signal]).astype(np.int64)
    if shape == "rule":
        X = numbers.random((rows, d))
        y = _hidden_tree(numbers, X[:, : min(d, 3)], classes)
    elif shape == "grid":
        X = numbers.integers(0, levels, size=(rows, d)).astype(float)
        y = ((X[:, 0] + 2 * X[:, min(1, d - 1)]) // levels % classes).astype(np.int64)
    elif shape == "noise":
        X = numbers.random((rows, d))
        y = numbers.integers(0, classes, size=rows)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    flip = numbers.random(rows) < noise
    y[flip] = numbers.integers(0, classes, size=int(flip.sum()))
    return X, y


def _hidden_tree(numbers, X, classes):
    """Labels from a random depth-3 tree of cuts on the given columns."""
    y = np.zeros(X.shape[0], dtype=np.int64)
    leaves = numbers.integers(0, classes, size=8)
    cuts = numbers.uniform(0.2, 0.8, size=7)
    features = numbers.integers(0, X.shape[1], size=7)
    node = np.zeros(X.shape[0], dtype=np.int64)
    for _ in range(3):
        right = X[np.arange(X.shape[0]), features[node]] > cuts[node]
        node = 2 * node + 1 + right
    y[:] = leaves[node - 7]
    return y
