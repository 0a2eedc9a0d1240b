"""Wrong: forgets to centre X -- the SVD of the raw data finds the direction of the mean, not
the directions of the largest variance."""

import numpy as np


def pca(X, n_components):
    _, singular, vt = np.linalg.svd(X, full_matrices=X.shape[0] < X.shape[1])
    variance = np.zeros(X.shape[1])
    variance[: singular.size] = singular**2
    components = vt[:n_components].copy()
    for row in components:
        pivot = np.flatnonzero(np.abs(row) >= np.abs(row).max() - 1e-9)[0]
        if row[pivot] < 0:
            row *= -1
    return components, variance[:n_components] / variance.sum()
