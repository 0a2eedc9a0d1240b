"""Reference: the SVD of the centred data, X_c = U S V^T.

The rows of V^T are the principal axes, largest singular value first, and S^2 are the
eigenvalues of X_c^T X_c (the covariance times n - 1: the factor cancels in the ratios).
"""

import numpy as np

TIE = 1e-9  # magnitudes this close count as equal for the sign rule


def pca(X, n_components):
    n, d = X.shape
    centred = X - X.mean(axis=0)
    # With n < d the thin SVD has only n axes; the full V^T (d x d) adds those of the zero
    # eigenvalues. (Never full U: it would be n x n.)
    _, singular, vt = np.linalg.svd(centred, full_matrices=n < d)
    eigenvalues = np.zeros(d)
    eigenvalues[: singular.size] = singular**2
    ratio = eigenvalues[:n_components] / eigenvalues.sum()
    components = vt[:n_components].copy()  # one axis per row
    magnitude = np.abs(components)
    pivot = np.argmax(magnitude >= magnitude.max(axis=1, keepdims=True) - TIE, axis=1)
    flip = components[np.arange(n_components), pivot] < 0
    components[flip] = -components[flip]
    return components, ratio
