"""Accepted: no renumbering -- the weight inside communities compares the ids of the two ends
directly, and the degree sums D_c come from the node degrees sorted by community id, summed
run by run with np.add.reduceat."""

import numpy as np


def modularity(n, edges, weights, communities):
    if len(edges) == 0:
        return 0.0
    two_m = 2.0 * weights.sum()
    a, b = edges[:, 0], edges[:, 1]
    k = np.zeros(n)
    np.add.at(k, a, weights)
    np.add.at(k, b, weights)  # self-loops: both ends are the same node, 2w in all
    within = weights[communities[a] == communities[b]].sum()
    order = np.argsort(communities, kind="stable")
    ids = communities[order]
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    D = np.add.reduceat(k[order], starts)
    return float(2.0 * within / two_m - np.sum((D / two_m) ** 2))
