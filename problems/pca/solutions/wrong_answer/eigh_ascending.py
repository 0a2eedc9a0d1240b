"""Wrong: forgets that np.linalg.eigh sorts the eigenvalues in ascending order, and keeps the
first n_components -- the directions of the smallest variance."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred)
    components = vectors[:, :n_components].T.copy()
    for row in components:
        pivot = np.flatnonzero(np.abs(row) >= np.abs(row).max() - 1e-9)[0]
        if row[pivot] < 0:
            row *= -1
    return components, values[:n_components] / values.sum()
