"""Accepted: the covariance matrix built by hand, then np.linalg.svd of that symmetric d x d
matrix -- its singular vectors are the eigenvectors, already sorted by decreasing value."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    covariance = centred.T @ centred / (len(X) - 1)
    u, s, _ = np.linalg.svd(covariance)
    components = u[:, :n_components].T.copy()
    for i, row in enumerate(components):
        largest = np.max(np.abs(row))
        for j, value in enumerate(row):
            if abs(value) >= largest - 1e-9:
                if value < 0:
                    components[i] = -row
                break
    return components, s[:n_components] / s.sum()
