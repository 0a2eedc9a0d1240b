"""Wrong: damping applied to the wrong term -- d / n of teleport and (1 - d) of link flow,
as if d were the probability of jumping to a random page."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    src, dst = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(src, minlength=n)
    dangling = out_degree == 0
    ranks = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        flow = np.bincount(dst, weights=ranks[src] / out_degree[src], minlength=n)
        new = damping / n + (1 - damping) * (flow + ranks[dangling].sum() / n)
        change = np.abs(new - ranks).sum()
        ranks = new
        if change <= tol:
            return ranks, iteration
    return ranks, max_iter
