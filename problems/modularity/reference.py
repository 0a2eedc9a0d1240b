"""Reference: Q = sum over communities c of L_c / m - (D_c / 2m)^2, in O(E + V log V): node
degrees with one np.bincount, community labels renumbered 0..C-1 with np.unique, the degree
sums per community with another np.bincount."""

import numpy as np


def modularity(n, edges, weights, communities):
    if weights.size == 0:
        return 0.0  # no edges: Q = 0 by convention
    m = weights.sum()
    # Each edge adds its weight to both of its ends: a self-loop adds 2w to its node.
    degree = np.bincount(edges.ravel(), weights=np.repeat(weights, 2), minlength=n)
    _, group = np.unique(communities, return_inverse=True)
    degree_sums = np.bincount(group, weights=degree)
    inside = weights[group[edges[:, 0]] == group[edges[:, 1]]].sum()
    return float(inside / m - ((degree_sums / (2 * m)) ** 2).sum())
