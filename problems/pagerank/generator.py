"""Seeded inputs: ``generate(rng, **params) -> {"n", "edges", "damping", "tol", "max_iter"}``.

shapes (m edges on n nodes):
- uniform: sources and targets uniform over the nodes (duplicates and self-loops happen);
- popular: targets follow a Zipf law (a few pages everyone links to), sources uniform;
- dangling = fraction of the nodes that get no out-edge at all (sources drawn from the rest);
- loops = fraction of the edges turned into self-loops;
- repeats = fraction of the edges written a second time (duplicate edges count twice).
Edges are shuffled, so they come in no particular order.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    m: int,
    damping: float,
    tol: float,
    max_iter: int,
    shape: str = "uniform",
    dangling: float = 0.0,
    loops: float = 0.0,
    repeats: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    senders = np.arange(n)
    if dangling:
        senders = numbers.permutation(n)[: max(1, round(n * (1.0 - dangling)))]
    source = senders[numbers.integers(0, senders.size, size=m)]
    if shape == "uniform":
        target = numbers.integers(0, n, size=m)
    elif shape == "popular":
        weights = 1.0 / np.arange(1, n + 1) ** 1.2
        target = numbers.permutation(n)[numbers.choice(n, size=m, p=weights / weights.sum())]
    else:
        raise ValueError(f"unknown shape {shape!r}")
    if loops:
        looped = numbers.random(m) < loops
        target[looped] = source[looped]
    edges = np.stack([source, target], axis=1)
    if repeats:
        edges = np.concatenate([edges, edges[numbers.random(m) < repeats]])
    edges = edges[numbers.permutation(edges.shape[0])]
    return {
        "n": n,
        "edges": edges.astype(np.int64).reshape(-1, 2),
        "damping": float(damping),
        "tol": float(tol),
        "max_iter": int(max_iter),
    }
