"""Wrong: off by one in k -- skips the nearest row, as if the test row were in the training set."""

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        distance = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        nearest = np.argsort(distance, kind="stable")[1 : k + 1]
        if nearest.size == 0:
            nearest = np.array([0])
        labels, votes = np.unique(y_train[nearest], return_counts=True)
        predictions.append(labels[np.argmax(votes)])
    return np.array(predictions, dtype=np.int64)
