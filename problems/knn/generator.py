"""Seeded inputs: ``generate(rng, **params) -> {"X_train", "y_train", "X_test", "k"}``.

shapes:
- blobs: one Gaussian cloud per class, overlapping, so votes are close;
- grid: small integer coordinates, so many distances tie exactly;
- uniform: features uniform in [-10, 10], labels unrelated to them (noise).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n_train: int,
    n_test: int,
    d: int,
    classes: int,
    k: int,
    shape: str,
    label_offset: int = 0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    y_train = numbers.integers(0, classes, size=n_train)
    if shape == "blobs":
        centres = numbers.normal(0.0, 3.0, size=(classes, d))
        X_train = centres[y_train] + numbers.normal(0.0, 2.0, size=(n_train, d))
        test_classes = numbers.integers(0, classes, size=n_test)
        X_test = centres[test_classes] + numbers.normal(0.0, 2.0, size=(n_test, d))
    elif shape == "grid":
        X_train = numbers.integers(-3, 4, size=(n_train, d)).astype(float)
        X_test = numbers.integers(-3, 4, size=(n_test, d)).astype(float)
    elif shape == "uniform":
        X_train = numbers.uniform(-10.0, 10.0, size=(n_train, d))
        X_test = numbers.uniform(-10.0, 10.0, size=(n_test, d))
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return {
        "X_train": X_train,
        "y_train": y_train + label_offset,
        "X_test": X_test,
        "k": k,
    }
