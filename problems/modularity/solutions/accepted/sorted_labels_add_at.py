"""Accepted: community ids mapped to 0..C-1 by binary search in the sorted distinct ids,
degree sums accumulated per community straight from the edge ends with np.add.at, written
as Q = 1/(2m) * sum_c (2 L_c - D_c^2 / 2m)."""

import numpy as np


def modularity(n, edges, weights, communities):
    m = float(np.sum(weights))
    if m == 0.0:
        return 0.0
    ids = np.sort(np.unique(communities))
    c = np.searchsorted(ids, communities)
    cu = c[edges[:, 0]]
    cv = c[edges[:, 1]]
    D = np.zeros(ids.size)
    np.add.at(D, cu, weights)
    np.add.at(D, cv, weights)
    L = np.zeros(ids.size)
    same = cu == cv
    np.add.at(L, cu[same], weights[same])
    return float(np.sum(2 * L - D * D / (2 * m)) / (2 * m))
