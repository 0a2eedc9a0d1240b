"""Wrong: m counted twice -- the edge list is made symmetric (each edge in both directions),
and then the sum of all its weights, which is 2m, is used as m in the formula."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    src = np.concatenate([edges[:, 0], edges[:, 1]])
    dst = np.concatenate([edges[:, 1], edges[:, 0]])
    w = np.concatenate([weights, weights])
    m = w.sum()  # 2m, not m
    _, group = np.unique(communities, return_inverse=True)
    inside = w[group[src] == group[dst]].sum()  # each internal edge twice: 2 L
    degree_sums = np.bincount(group[src], weights=w, minlength=group.max() + 1)
    return float(inside / m - ((degree_sums / (2 * m)) ** 2).sum())
