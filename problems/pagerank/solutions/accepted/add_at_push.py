"""Accepted: push-style power iteration, each edge adds its source's rank / out-degree to its
target with np.add.at; the dangling nodes' rank is spread evenly over all n nodes."""

import numpy as np


def pagerank(n, edges, damping, tol, max_iter):
    src = edges[:, 0]
    dst = edges[:, 1]
    out_deg = np.zeros(n)
    np.add.at(out_deg, src, 1.0)
    is_dangling = out_deg == 0
    r = np.ones(n) / n
    iterations = 0
    while iterations < max_iter:
        incoming = np.zeros(n)
        np.add.at(incoming, dst, r[src] / out_deg[src])
        dangling_mass = r[is_dangling].sum()
        r_next = (1 - damping) / n + damping * incoming + damping * dangling_mass / n
        iterations += 1
        delta = np.sum(np.abs(r_next - r))
        r = r_next
        if delta <= tol:
            break
    return r, iterations
