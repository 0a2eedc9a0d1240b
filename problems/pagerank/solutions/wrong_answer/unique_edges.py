"""Wrong: removes duplicate edges first (np.unique over the rows), but a link written twice
counts twice."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    edges = np.unique(edges, axis=0)
    src, dst = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(src, minlength=n)
    dangling = out_degree == 0
    ranks = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        flow = np.bincount(dst, weights=ranks[src] / out_degree[src], minlength=n)
        new = (1 - damping) / n + damping * (flow + ranks[dangling].sum() / n)
        change = np.abs(new - ranks).sum()
        ranks = new
        if change <= tol:
            return ranks, iteration
    return ranks, max_iter
