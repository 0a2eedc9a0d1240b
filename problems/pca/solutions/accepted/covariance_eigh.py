"""Accepted: np.cov (divides by n - 1; the ratios do not care), np.linalg.eigh, eigenvalues
sorted in decreasing order, and the sign rule applied row by row."""

import numpy as np


def pca(X, n_components):
    if X.shape[1] == 1:
        covariance = np.array([[np.var(X[:, 0], ddof=1)]])
    else:
        covariance = np.cov(X, rowvar=False)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1][:n_components]
    components = vectors[:, order].T
    for row in components:
        largest = np.abs(row).max()
        pivot = np.flatnonzero(np.abs(row) >= largest - 1e-9)[0]
        if row[pivot] < 0:
            row *= -1
    return components, values[order] / values.sum()
