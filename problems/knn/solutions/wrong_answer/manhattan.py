"""Wrong: Manhattan (L1) distance instead of Euclidean."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    predictions = []
    for x in X_test:
        distance = np.abs(X_train - x).sum(axis=1)
        nearest = np.argsort(distance, kind="stable")[:k]
        labels, votes = np.unique(y_train[nearest], return_counts=True)
        predictions.append(labels[np.argmax(votes)])
    return np.array(predictions, dtype=np.int64)
