"""Wrong: a self-loop adds its weight once to its node's degree (A_uu = w, as in
networkx.to_numpy_array), so the degrees no longer sum to 2m."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0
    u, v = edges[:, 0], edges[:, 1]
    loop = u == v
    degree = np.bincount(u, weights=weights, minlength=n)
    degree += np.bincount(v[~loop], weights=weights[~loop], minlength=n)
    two_m = degree.sum()
    _, group = np.unique(communities, return_inverse=True)
    degree_sums = np.bincount(group, weights=degree)
    same = group[u] == group[v]
    inside = 2 * weights[same & ~loop].sum() + weights[same & loop].sum()
    return float(inside / two_m - ((degree_sums / two_m) ** 2).sum())
