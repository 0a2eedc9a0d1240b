"""Reference: power iteration with O(E) work per iteration -- every edge pushes its share of
its source's rank to its target with np.bincount; the dangling mass is spread uniformly."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    source, target = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(source, minlength=n)
    dangling = out_degree == 0
    share = 1.0 / out_degree[source]  # a source of an edge has out-degree >= 1
    ranks = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        flow = np.bincount(target, weights=ranks[source] * share, minlength=n)
        spread = ranks[dangling].sum() / n
        new = (1.0 - damping) / n + damping * (flow + spread)
        change = np.abs(new - ranks).sum()
        ranks = new
        if change <= tol:
            return ranks, iteration
    return ranks, max_iter
