"""Seeded inputs: ``generate(rng, **params) -> {"n", "edges", "weights", "communities"}``.

shapes (m edges on n nodes, `groups` communities):
- planted: nodes split into `groups` communities; a fraction `mix` of the edges joins two
  random nodes, the rest join two nodes of the same community. The partition graded is the
  planted one, with a fraction `noise` of the nodes moved to a random community;
- random: edges uniform over all pairs, labels uniform (Q near 0, often negative).
weights: unit (all 1), uniform (0.1 to 10), lognormal (heavy-tailed).
loops = fraction of the edges turned into self-loops; isolated = fraction of the nodes that
get no edge (the highest ids); labels: plain (0..groups-1), scattered (large, negative,
non-contiguous int64 ids).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    m: int,
    groups: int,
    shape: str = "planted",
    mix: float = 0.2,
    noise: float = 0.0,
    weights: str = "unit",
    loops: float = 0.0,
    isolated: float = 0.0,
    labels: str = "plain",
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    linked = max(1, n - round(n * isolated))  # nodes 0..linked-1 get the edges
    community = numbers.integers(0, groups, size=n)
    u = numbers.integers(0, linked, size=m)
    if shape == "planted":
        v = numbers.integers(0, linked, size=m)
        inside = numbers.random(m) >= mix
        # A random member of u's own community: the linked nodes sorted by community.
        order = np.argsort(community[:linked], kind="stable")
        size = np.bincount(community[:linked], minlength=groups)
        start = np.cumsum(size) - size
        own = community[u]
        pick = start[own] + (numbers.random(m) * size[own]).astype(np.int64)
        v = np.where(inside, order[np.minimum(pick, linked - 1)], v)
        moved = numbers.random(n) < noise
        community[moved] = numbers.integers(0, groups, size=int(moved.sum()))
    elif shape == "random":
        v = numbers.integers(0, linked, size=m)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    if loops:
        looped = numbers.random(m) < loops
        v[looped] = u[looped]
    if weights == "unit":
        w = np.ones(m)
    elif weights == "uniform":
        w = numbers.uniform(0.1, 10.0, size=m)
    elif weights == "lognormal":
        w = numbers.lognormal(0.0, 1.5, size=m)
    else:
        raise ValueError(f"unknown weights {weights!r}")
    if labels == "scattered":
        ids = numbers.choice(np.arange(-(10**6), 10**6), size=groups, replace=False) * 7_919_000_003
        community = ids[community]
    elif labels != "plain":
        raise ValueError(f"unknown labels {labels!r}")
    return {
        "n": n,
        "edges": np.stack([u, v], axis=1).astype(np.int64).reshape(-1, 2),
        "weights": w.astype(np.float64),
        "communities": community.astype(np.int64),
    }
