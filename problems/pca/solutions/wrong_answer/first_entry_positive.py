"""Wrong sign rule: makes the first nonzero entry of each axis positive, not the entry of
largest magnitude."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    for row in components:
        first = np.flatnonzero(np.abs(row) > 1e-12)[0]
        if row[first] < 0:
            row *= -1
    return components, values[order] / values.sum()
