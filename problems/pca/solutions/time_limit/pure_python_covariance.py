"""Too slow: the covariance matrix summed in pure-Python loops, O(n d^2) interpreted steps."""

import numpy as np


def pca(X, n_components):
    n, d = X.shape
    means = [sum(X[i, j] for i in range(n)) / n for j in range(d)]
    covariance = [[0.0] * d for _ in range(d)]
    for i in range(n):
        row = X[i].tolist()
        centred = [row[j] - means[j] for j in range(d)]
        for a in range(d):
            for b in range(a, d):
                covariance[a][b] += centred[a] * centred[b]
    for a in range(d):
        for b in range(a):
            covariance[a][b] = covariance[b][a]
    values, vectors = np.linalg.eigh(np.array(covariance))
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    for row in components:
        pivot = np.flatnonzero(np.abs(row) >= np.abs(row).max() - 1e-9)[0]
        if row[pivot] < 0:
            row *= -1
    return components, values[order] / values.sum()
