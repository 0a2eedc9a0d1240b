"""Wrong: degrees from one direction only -- each edge adds its weight to its first end, as
if the graph were directed, so the second ends lose their share of the degree."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    m = weights.sum()
    u, v = edges[:, 0], edges[:, 1]
    degree = np.bincount(u, weights=weights, minlength=n)
    _, group = np.unique(communities, return_inverse=True)
    degree_sums = np.bincount(group, weights=degree)
    inside = weights[group[u] == group[v]].sum()
    return float(inside / m - ((degree_sums / (2 * m)) ** 2).sum())
