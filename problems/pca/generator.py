"""Seeded inputs: ``generate(rng, **params) -> {"X", "n_components"}``.

X = Z @ diag(scales) @ B^T + offset: Z standard normal (n x rank), scales falling geometrically
from 1 to 1/spread, B a random orthonormal basis of a rank-dimensional subspace of R^d (rank <
d leaves a null space: repeated zero eigenvalues), ``constant`` columns then set to a constant
(a zero-variance feature), and every column shifted by up to ``offset``.

Draws are repeated until the problem is well posed for the checker: the nonzero eigenvalues
among the first n_components are at least 1e-4 of the largest apart (and from zero), and each
of their axes has a clear largest-magnitude entry (1e-6 ahead of the next), so every accurate
solver returns the same vectors.
"""

import random

import numpy as np

GAP = 1e-4
PIVOT = 1e-6
ZERO = 1e-9


def generate(
    rng: random.Random,
    n: int,
    d: int,
    n_components: int,
    rank: int = 0,
    constant: int = 0,
    offset: float = 0.0,
    spread: float = 10.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    rank = rank or d
    for _ in range(100):
        X = _draw(numbers, n, d, rank, constant, offset, spread)
        if _well_posed(X, n_components):
            return {"X": X, "n_components": n_components}
    raise ValueError("no well-posed draw in 100 attempts; change the parameters")


def _draw(numbers, n, d, rank, constant, offset, spread):
    scales = spread ** -np.linspace(0.0, 1.0, rank) * numbers.uniform(0.9, 1.1, size=rank)
    basis, _ = np.linalg.qr(numbers.normal(size=(d, rank)))
    X = (numbers.normal(size=(n, rank)) * scales) @ basis.T
    if constant:
        X[:, numbers.choice(d, size=constant, replace=False)] = numbers.integers(-5, 6, size=constant)
    return X + offset * numbers.uniform(0.5, 1.5, size=d)


def _well_posed(X, n_components):
    centred = X - X.mean(axis=0)
    eigenvalues, eigenvectors = np.linalg.eigh(centred.T @ centred)
    eigenvalues, eigenvectors = eigenvalues[::-1], eigenvectors[:, ::-1]
    largest = eigenvalues[0]
    if largest <= 0:
        return False
    for i in range(n_components):
        if eigenvalues[i] <= ZERO * largest:
            continue  # the null space: any basis of it is accepted
        neighbours = eigenvalues[max(0, i - 1) : i + 2]
        gaps = np.abs(neighbours - eigenvalues[i])
        if np.any((gaps > 0) & (gaps < GAP * largest)) or np.sum(gaps == 0) > 1:
            return False
        top = np.sort(np.abs(eigenvectors[:, i]))[::-1]
        if top.size > 1 and top[0] - top[1] < PIVOT:
            return False
    return True
