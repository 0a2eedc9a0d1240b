"""Wrong: no vote tie rule -- Counter.most_common picks the tied label seen first (the nearer
one), not the smallest."""

from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        distance = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        nearest = np.argsort(distance, kind="stable")[:k]
        predictions.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(predictions, dtype=np.int64)
