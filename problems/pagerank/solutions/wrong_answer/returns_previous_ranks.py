"""Wrong: off by one -- on convergence it returns the ranks from before the last update (and
counts the iterations from 0)."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    src, dst = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(src, minlength=n)
    dangling = out_degree == 0
    ranks = np.full(n, 1.0 / n)
    for iteration in range(max_iter):
        flow = np.bincount(dst, weights=ranks[src] / out_degree[src], minlength=n)
        new = (1 - damping) / n + damping * (flow + ranks[dangling].sum() / n)
        if np.abs(new - ranks).sum() <= tol:
            return ranks, iteration
        ranks = new
    return ranks, max_iter
