"""Correct but O(V^2): the observed term comes from the edges in O(E), but the expected term
sum_ij k_i k_j [c_i == c_j] is summed node by node, each with a mask over all V nodes."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    m = weights.sum()
    u, v = edges[:, 0], edges[:, 1]
    k = np.bincount(u, weights=weights, minlength=n) + np.bincount(v, weights=weights, minlength=n)
    observed = weights[communities[u] == communities[v]].sum() * 2
    expected = 0.0
    for i in range(n):
        same = communities == communities[i]
        expected += k[i] * k[same].sum()
    return float((observed - expected / (2 * m)) / (2 * m))
