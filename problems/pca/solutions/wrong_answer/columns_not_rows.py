"""Wrong: returns the axes as the columns of a (d, n_components) matrix, the way
np.linalg.eigh returns them, instead of one axis per row."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order]
    for column in components.T:
        pivot = np.flatnonzero(np.abs(column) >= np.abs(column).max() - 1e-9)[0]
        if column[pivot] < 0:
            column *= -1
    return components, values[order] / values.sum()
