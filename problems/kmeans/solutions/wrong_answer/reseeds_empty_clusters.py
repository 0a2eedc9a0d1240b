"""Wrong: re-seeds an empty cluster at a random point instead of keeping its centroid."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    rng = np.random.default_rng(0)
    centroids = init_centroids.copy()
    for _ in range(max_iter):
        labels = _assign(X, centroids)
        new = centroids.copy()
        for j in range(len(centroids)):
            members = X[labels == j]
            new[j] = members.mean(axis=0) if len(members) else X[rng.integers(len(X))]
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift <= tol:
            break
    return centroids, _assign(X, centroids)


def _assign(X, centroids):
    return np.argmin(np.stack([((X - c) ** 2).sum(axis=1) for c in centroids], axis=1), axis=1)
