"""Seeded inputs: ``generate(rng, **params) -> {"X_train", "y_train", "X_test", "var_smoothing"}``.

shapes:
- blobs: one Gaussian cloud per class, each class with its own spread per feature, classes of
  unequal size (so priors and variances both matter);
- integer: small integer features, some of them constant inside a class (zero variance);
- weak: many features, each carrying a little signal (products of densities underflow).

labels: "range" uses 0..classes-1; "spread" draws distinct labels from -1000..1000.
Test rows whose best and second-best class scores are closer than 1e-8 of their size are
redrawn, so every accurate float64 computation predicts the same labels.
"""

import random

import numpy as np

MARGIN = 1e-8


def generate(
    rng: random.Random,
    n_train: int,
    n_test: int,
    d: int,
    classes: int,
    var_smoothing: float = 1e-9,
    shape: str = "blobs",
    labels: str = "range",
    offset: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    weights = numbers.dirichlet(np.full(classes, 2.0))
    y_index = numbers.choice(classes, size=n_train, p=weights)
    y_index[:classes] = np.arange(min(classes, n_train))  # every class has a sample
    numbers.shuffle(y_index)
    if shape == "blobs":
        means = numbers.normal(0.0, 2.0, size=(classes, d))
        spreads = numbers.uniform(0.3, 3.0, size=(classes, d))
    elif shape == "weak":
        means = numbers.normal(0.0, 0.15, size=(classes, d))
        spreads = numbers.uniform(0.8, 1.2, size=(classes, d))
    elif shape == "integer":
        means = numbers.integers(-3, 4, size=(classes, d)).astype(float)
        spreads = numbers.integers(0, 3, size=(classes, d)).astype(float)  # 0: constant in the class
    else:
        raise ValueError(f"unknown shape {shape!r}")

    def draw(index):
        rows = means[index] + spreads[index] * numbers.normal(0.0, 1.0, size=(index.size, d))
        return (np.round(rows) if shape == "integer" else rows) + offset

    X_train = draw(y_index)
    X_test = np.empty((0, d))
    while X_test.shape[0] < n_test:
        candidates = draw(numbers.choice(classes, size=n_test + 16, p=weights))
        X_test = np.vstack([X_test, candidates[_clear(X_train, y_index, candidates, var_smoothing)]])
    values = np.arange(classes)
    if labels == "spread":
        values = numbers.choice(np.arange(-1000, 1001), size=classes, replace=False)
    elif labels != "range":
        raise ValueError(f"unknown labels {labels!r}")
    return {
        "X_train": X_train,
        "y_train": values[y_index].astype(np.int64),
        "X_test": X_test[:n_test],
        "var_smoothing": float(var_smoothing),
    }


def _clear(X_train, y_index, X_test, var_smoothing):
    """Which test rows have a clear winner (the reference's scores, with the shared terms)."""
    epsilon = var_smoothing * X_train.var(axis=0).max()
    scores = []
    for label in np.unique(y_index):
        members = X_train[y_index == label]
        variance = members.var(axis=0) + epsilon
        scores.append(
            np.log(len(members) / len(X_train))
            - 0.5 * np.log(2 * np.pi * variance).sum()
            - 0.5 * ((X_test - members.mean(axis=0)) ** 2 / variance).sum(axis=1)
        )
    scores = np.sort(np.array(scores), axis=0)
    if scores.shape[0] == 1:
        return np.ones(X_test.shape[0], dtype=bool)
    best, second = scores[-1], scores[-2]
    return best - second > MARGIN * (1.0 + np.abs(best) + np.abs(second))
