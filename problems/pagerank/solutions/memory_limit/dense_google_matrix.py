"""Too much memory: the textbook Google matrix G = d * (M + dangling columns) + (1 - d) / n,
stored dense -- n x n floats (80 GB at 10^5 nodes) -- and multiplied by the rank vector."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    M = np.zeros((n, n))
    np.add.at(M, (edges[:, 1], edges[:, 0]), 1.0)
    out_degree = M.sum(axis=0)
    M[:, out_degree == 0] = 1.0 / n
    M[:, out_degree > 0] /= out_degree[out_degree > 0]
    G = damping * M + (1.0 - damping) / n
    r = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        new = G @ r
        change = np.abs(new - r).sum()
        r = new
        if change <= tol:
            return r, iteration
    return r, max_iter
