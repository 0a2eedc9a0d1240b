"""Correct but quadratic in n: each cluster is grown point by point with np.append, which copies
the whole array every time."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.copy()
    k, d = centroids.shape
    for _ in range(max_iter):
        labels = _assign(X, centroids)
        members = [np.empty((0, d)) for _ in range(k)]
        for point, label in zip(X, labels):
            members[label] = np.append(members[label], [point], axis=0)
        new = centroids.copy()
        for j in range(k):
            if len(members[j]):
                new[j] = members[j].mean(axis=0)
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        if shift <= tol:
            break
    return centroids, _assign(X, centroids)


def _assign(X, centroids):
    return np.argmin(np.stack([((X - c) ** 2).sum(axis=1) for c in centroids], axis=1), axis=1)
