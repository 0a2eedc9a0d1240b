"""Too much memory: all point-centroid differences at once, an (n, k, d) array per iteration."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.copy()
    for _ in range(max_iter):
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
    differences = X[:, None, :] - centroids[None, :, :]
    return np.argmin((differences**2).sum(axis=2), axis=1)
