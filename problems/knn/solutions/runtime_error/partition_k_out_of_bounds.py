"""Crashes when k > n_train: np.partition's kth must be a valid index."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        distance = ((X_train - x) ** 2).sum(axis=1)
        kth = np.partition(distance, k - 1)[k - 1]
        closer = np.flatnonzero(distance < kth)
        tied = np.flatnonzero(distance == kth)
        nearest = np.concatenate([closer, tied[: k - closer.size]])
        labels, votes = np.unique(y_train[nearest], return_counts=True)
        predictions.append(labels[np.argmax(votes)])
    return np.array(predictions, dtype=np.int64)
