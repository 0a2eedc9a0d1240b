"""Wrong: returns the eigenvectors with whatever sign np.linalg.eigh happened to give them."""

import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(values)[::-1][:n_components]
    return vectors[:, order].T, values[order] / values.sum()
