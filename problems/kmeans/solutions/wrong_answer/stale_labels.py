"""Wrong: returns the labels of the last assignment step, made before the final update, instead
of assigning the points to the returned centroids."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.copy()
    labels = _assign(X, centroids)
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
    return centroids, labels


def _assign(X, centroids):
    return np.argmin(np.stack([((X - c) ** 2).sum(axis=1) for c in centroids], axis=1), axis=1)
