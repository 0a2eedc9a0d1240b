"""Correct but O(n * E): each node's in-links are found by scanning the whole edge list once
per node (a mask per node) -- a quadratic way to group the edges by target. The updates
themselves are O(E) each."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    src, dst = edges[:, 0], edges[:, 1]
    out_degree = np.bincount(src, minlength=n)
    in_links = [np.flatnonzero(dst == v) for v in range(n)]
    count = np.array([links.size for links in in_links])
    first = np.cumsum(count) - count
    has_in_links = count > 0
    senders = src[np.concatenate(in_links)]
    weight = 1.0 / out_degree[senders]
    dangling = out_degree == 0
    ranks = np.full(n, 1.0 / n)
    for iteration in range(1, max_iter + 1):
        flow = np.zeros(n)
        if senders.size:
            flow[has_in_links] = np.add.reduceat(ranks[senders] * weight, first[has_in_links])
        new = (1 - damping) / n + damping * (flow + ranks[dangling].sum() / n)
        change = np.abs(new - ranks).sum()
        ranks = new
        if change <= tol:
            return ranks, iteration
    return ranks, max_iter
