"""Accepted: a straightforward version with a boolean mask per cluster."""

import math

import numpy as np


def kmeans(X, init_centroids, max_iter, tol):
    centroids = init_centroids.copy()
    iteration = 0
    while iteration < max_iter:
        labels = assign(X, centroids)
        previous = centroids.copy()
        for j in range(len(centroids)):
            mask = labels == j
            if mask.any():
                centroids[j] = X[mask].mean(axis=0)
        iteration += 1
        largest_move = max(math.dist(a, b) for a, b in zip(previous, centroids))
        if largest_move <= tol:
            break
    return centroids, assign(X, centroids)


def assign(X, centroids):
    best = np.full(X.shape[0], np.inf)
    labels = np.zeros(X.shape[0], dtype=int)
    for j, c in enumerate(centroids):
        d = ((X - c) ** 2).sum(axis=1)
        closer = d < best  # strict: an earlier centroid keeps a tie
        best[closer] = d[closer]
        labels[closer] = j
    return labels
