"""Wrong: ignores the weights -- every edge counts 1 (m = number of edges)."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    m = len(edges)
    u, v = edges[:, 0], edges[:, 1]
    degree = np.bincount(u, minlength=n) + np.bincount(v, minlength=n)
    _, group = np.unique(communities, return_inverse=True)
    degree_sums = np.bincount(group, weights=degree)
    inside = np.count_nonzero(group[u] == group[v])
    return float(inside / m - ((degree_sums / (2 * m)) ** 2).sum())
