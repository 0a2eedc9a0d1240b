"""Too much memory: np.linalg.svd's default full_matrices=True builds U as an n x n matrix,
which PCA never uses (80 GB for 10^5 rows)."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    _, singular, vt = np.linalg.svd(centred)
    variance = np.zeros(X.shape[1])
    variance[: singular.size] = singular**2
    components = vt[:n_components].copy()
    for row in components:
        pivot = np.flatnonzero(np.abs(row) >= np.abs(row).max() - 1e-9)[0]
        if row[pivot] < 0:
            row *= -1
    return components, variance[:n_components] / variance.sum()
