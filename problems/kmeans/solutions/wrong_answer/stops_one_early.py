"""Wrong: off by one in the stopping rule -- runs max_iter - 1 iterations."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.copy()
    for _ in range(1, max_iter):
        labels = _assign(X, centroids)
        new = centroids.copy()
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):
                new[j] = members.mean(axis=0)
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift <= tol:
            break
    return centroids, _assign(X, centroids)


def _assign(X, centroids):
    return np.argmin(np.stack([((X - c) ** 2).sum(axis=1) for c in centroids], axis=1), axis=1)
