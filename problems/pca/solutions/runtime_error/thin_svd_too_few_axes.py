"""Crashes when n_components > n: the thin SVD of an n x d matrix with n < d has only n right
singular vectors, and copying them into an (n_components, d) array fails to broadcast."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    _, singular, vt = np.linalg.svd(centred, full_matrices=False)
    components = np.empty((n_components, X.shape[1]))
    components[:] = vt[:n_components]
    ratio = np.zeros(n_components)
    ratio[:] = (singular**2 / np.sum(singular**2))[:n_components]
    for row in components:
        pivot = np.flatnonzero(np.abs(row) >= np.abs(row).max() - 1e-9)[0]
        if row[pivot] < 0:
            row *= -1
    return components, ratio
