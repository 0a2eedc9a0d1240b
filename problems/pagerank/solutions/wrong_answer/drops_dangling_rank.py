"""Wrong: the rank of dangling nodes (no out-links) is dropped instead of spread over all
nodes, so rank leaks away every iteration and the ranks no longer sum to 1."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    src, dst = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(src, minlength=n)
    ranks = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        flow = np.bincount(dst, weights=ranks[src] / out_degree[src], minlength=n)
        new = (1 - damping) / n + damping * flow
        change = np.abs(new - ranks).sum()
        ranks = new
        if change <= tol:
            return ranks, iteration
    return ranks, max_iter
