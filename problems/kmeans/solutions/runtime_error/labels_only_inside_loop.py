"""Crashes when max_iter == 0: labels is only ever set inside the loop."""

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.copy()
    for _ in range(max_iter):
        labels = np.argmin(np.stack([((X - c) ** 2).sum(axis=1) for c in centroids], axis=1), axis=1)
        new = centroids.copy()
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):
                new[j] = members.mean(axis=0)
        shift = np.sqrt(((new - centroids) ** 2).sum(axis=1)).max()
        centroids = new
        labels = np.argmin(np.stack([((X - c) ** 2).sum(axis=1) for c in centroids], axis=1), axis=1)
        if shift <= tol:
            break
    return centroids, labels
