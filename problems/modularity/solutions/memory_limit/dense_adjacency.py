"""Too much memory: the formula taken literally with dense V x V matrices -- the adjacency
matrix, the outer product k k^T and the same-community mask (80 GB each at 10^5 nodes)."""

import numpy as np


def modularity(n, edges, weights, communities):
    if len(weights) == 0:
        return 0.0
    A = np.zeros((n, n))
    np.add.at(A, (edges[:, 0], edges[:, 1]), weights)
    np.add.at(A, (edges[:, 1], edges[:, 0]), weights)
    k = A.sum(axis=1)
    two_m = k.sum()
    same = communities[:, None] == communities[None, :]
    return float(((A - np.outer(k, k) / two_m) * same).sum() / two_m)
