"""Accepted: pull-style power iteration over the edges sorted by target once (a CSR layout by
hand): each node sums the shares of its in-links with np.add.reduceat."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    order = np.argsort(edges[:, 1], kind="stable")
    source = edges[order, 0]
    target = edges[order, 1]
    out_degree = np.bincount(edges[:, 0], minlength=n).astype(float)
    weight = 1.0 / out_degree[source]  # every source has out-degree >= 1
    # Node v's in-links are source[start[v]:start[v + 1]].
    start = np.searchsorted(target, np.arange(n + 1))
    has_in_links = start[:-1] < start[1:]
    dangling = np.flatnonzero(out_degree == 0)

    ranks = np.full(n, 1.0 / n)
    for step in range(max_iter):
        pulled = np.zeros(n)
        if source.size:
            sums = np.add.reduceat(ranks[source] * weight, start[:-1][has_in_links])
            pulled[has_in_links] = sums
        leaked = ranks[dangling].sum()
        new_ranks = (1.0 - damping) / n + damping * (pulled + leaked / n)
        change = float(np.abs(new_ranks - ranks).sum())
        ranks = new_ranks
        if change <= tol:
            return ranks, step + 1
    return ranks, max_iter
