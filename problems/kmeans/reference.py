"""Reference: Lloyd's algorithm exactly as the statement fixes it."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.astype(np.float64, copy=True)
    for _ in range(max_iter):
        labels = _assign(X, centroids)
        moved = centroids.copy()
        for j in range(centroids.shape[0]):
            members = X[labels == j]
            if members.shape[0]:  # an empty cluster keeps its centroid
                moved[j] = members.mean(axis=0)
        shift = np.sqrt(((moved - centroids) ** 2).sum(axis=1)).max()
        centroids = moved
        if shift <= tol:
            break
    return centroids, _assign(X, centroids)


def _assign(X, centroids):
    # One centroid at a time keeps memory at O(n); argmin takes the lowest index on a tie.
    squared = np.empty((X.shape[0], centroids.shape[0]))
    for j, centroid in enumerate(centroids):
        squared[:, j] = ((X - centroid) ** 2).sum(axis=1)
    return np.argmin(squared, axis=1)
