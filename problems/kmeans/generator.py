"""Seeded inputs: ``generate(rng, **params) -> {"X", "init_centroids", "max_iter", "tol"}``.

shapes: blobs (k Gaussian clouds), uniform (no structure: slow convergence), far_init (one
initial centroid far from every point: its cluster stays empty). init: "sample" picks k
distinct points of X (Forgy), "spread" draws centroids around the data.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    d: int,
    k: int,
    max_iter: int,
    tol: float,
    shape: str = "blobs",
    init: str = "sample",
    clusters: int = 0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if shape in ("blobs", "far_init"):
        centres = numbers.normal(0.0, 10.0, size=(clusters or k, d))
        X = centres[numbers.integers(0, centres.shape[0], size=n)] + numbers.normal(0.0, 1.5, size=(n, d))
    elif shape == "uniform":
        X = numbers.uniform(-5.0, 5.0, size=(n, d))
    else:
        raise ValueError(f"unknown shape {shape!r}")
    if init == "sample":
        init_centroids = X[numbers.choice(n, size=k, replace=False)].copy()
    elif init == "spread":
        init_centroids = numbers.normal(X.mean(axis=0), X.std(axis=0) + 1.0, size=(k, d))
    else:
        raise ValueError(f"unknown init {init!r}")
    if shape == "far_init":
        init_centroids[-1] = X.max(axis=0) + 1000.0
    return {"X": X, "init_centroids": init_centroids, "max_iter": max_iter, "tol": tol}
