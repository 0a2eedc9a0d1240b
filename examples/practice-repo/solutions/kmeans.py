"""Accepted: distances one centroid at a time, the update with np.add.at and bincount."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = np.array(init_centroids, dtype=float)
    k = centroids.shape[0]
    for _ in range(max_iter):
        labels = nearest(X, centroids)
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)
        updated = centroids.copy()
        filled = counts > 0
        updated[filled] = sums[filled] / counts[filled, None]
        shift = np.linalg.norm(updated - centroids, axis=1).max()
        centroids = updated
        if shift <= tol:
            break
    return centroids, nearest(X, centroids)


def nearest(X, centroids):
    distances = np.stack([np.linalg.norm(X - c, axis=1) for c in centroids], axis=1)
    return np.argmin(distances, axis=1)
