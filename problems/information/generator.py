"""Seeded inputs: ``generate(rng, kind, n, k, **params)`` -> {"p"} (kind = "entropy") or
{"p", "q"} (kind = "pair"): n distributions of k outcomes per array, one per row.

rows: Dirichlet(alpha) (a small alpha gives a few large entries and many tiny ones);
zeros = fraction of the entries set to 0; tiny = fraction set to a tiny value (1e-200 down
to the smallest subnormal, 5e-324). Every row keeps at least one positive entry and is
normalised to sum to 1 (within a few ulps).
q: independent (drawn like p but without zeros: full support, so every row is finite),
close (p with each entry perturbed by ~10%, zero where p is), same (q = p), disjoint
(independent, then in a fraction `broken` of the rows q is set to 0 somewhere p > 0: inf).
"""

import random

import numpy as np

TINY = np.array([1e-200, 1e-300, 1e-308, 1e-310, 1e-320, 5e-324])


def generate(
    rng: random.Random,
    kind: str,
    n: int,
    k: int,
    alpha: float = 1.0,
    zeros: float = 0.0,
    tiny: float = 0.0,
    q: str = "independent",
    broken: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    p = _rows(numbers, n, k, alpha, zeros, tiny)
    if kind == "entropy":
        return {"p": p}
    if kind != "pair":
        raise ValueError(f"unknown kind {kind!r}")
    if q == "independent":
        other = _rows(numbers, n, k, alpha, 0.0, tiny)
    elif q == "close":
        other = _normalised(p * numbers.uniform(0.9, 1.1, size=p.shape))
    elif q == "same":
        other = p.copy()
    elif q == "disjoint":
        other = _rows(numbers, n, k, alpha, 0.0, tiny)
        for row in np.flatnonzero(numbers.random(n) < broken):
            support = np.flatnonzero(p[row] > 0)
            other[row, support[numbers.integers(0, support.size)]] = 0.0
            if not np.any(other[row] > 0):
                other[row, numbers.integers(0, k)] = 1.0  # may land on p's support: still a valid row
            other[row] = _normalised(other[row : row + 1])[0]
    else:
        raise ValueError(f"unknown q {q!r}")
    return {"p": p, "q": other}


def _rows(numbers, n, k, alpha, zeros, tiny):
    x = numbers.gamma(alpha, size=(n, k))
    keep = numbers.integers(0, k, size=n)  # one entry per row stays positive
    x[numbers.random((n, k)) < zeros] = 0.0
    small = numbers.random((n, k)) < tiny
    x[small] = TINY[numbers.integers(0, TINY.size, size=int(small.sum()))]
    x[np.arange(n), keep] = 1.0 + numbers.random(n)
    return _normalised(x)


def _normalised(x):
    return x / x.sum(axis=1, keepdims=True)
