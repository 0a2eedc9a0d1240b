"""Wrong: no distance tie rule -- np.argpartition returns the rows at the k-th distance in no
particular order, so equal distances are not broken by training index."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    k = min(k, len(X_train))
    predictions = []
    for x in X_test:
        distance = ((X_train - x) ** 2).sum(axis=1)
        nearest = np.argpartition(distance, k - 1)[:k] if k < len(X_train) else np.arange(k)
        labels, votes = np.unique(y_train[nearest], return_counts=True)
        predictions.append(labels[np.argmax(votes)])
    return np.array(predictions, dtype=np.int64)
