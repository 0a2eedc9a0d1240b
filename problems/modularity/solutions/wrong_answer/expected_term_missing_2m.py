"""Wrong: the 1/2m factor is missing on the expected term -- 1/(2m) sum_ij (A_ij - k_i k_j)
[c_i == c_j], so the null model is not normalised."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    m = weights.sum()
    u, v = edges[:, 0], edges[:, 1]
    degree = np.bincount(u, weights=weights, minlength=n) + np.bincount(v, weights=weights, minlength=n)
    _, group = np.unique(communities, return_inverse=True)
    degree_sums = np.bincount(group, weights=degree)
    inside = weights[group[u] == group[v]].sum()
    return float((2 * inside - (degree_sums**2).sum()) / (2 * m))
