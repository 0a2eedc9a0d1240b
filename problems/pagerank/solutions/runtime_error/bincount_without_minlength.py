"""Crashes: the out-degrees come from np.bincount without minlength, which returns only
max(source) + 1 counts -- when the highest nodes have no out-link, the dangling indicator is
shorter than the rank vector and the dot product fails (ValueError)."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    src, dst = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(src)
    ranks = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        flow = np.bincount(dst, weights=ranks[src] / out_degree[src], minlength=n)
        dangling_mass = ranks @ (out_degree == 0)
        new = (1 - damping) / n + damping * (flow + dangling_mass / n)
        change = np.abs(new - ranks).sum()
        ranks = new
        if change <= tol:
            return ranks, iteration
    return ranks, max_iter
