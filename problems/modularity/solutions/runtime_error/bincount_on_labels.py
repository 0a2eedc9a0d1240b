"""Crashes: sums per community with np.bincount indexed by the community ids themselves,
which fails as soon as an id is negative (ValueError) -- ids are any int64 values."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    m = weights.sum()
    u, v = edges[:, 0], edges[:, 1]
    degree = np.bincount(u, weights=weights, minlength=n) + np.bincount(v, weights=weights, minlength=n)
    degree_sums = np.bincount(communities, weights=degree)
    inside = weights[communities[u] == communities[v]].sum()
    return float(inside / m - ((degree_sums / (2 * m)) ** 2).sum())
