"""A decision tree by hand: the best split of a node, and a CART classifier built from it.

best_split: every feature, every threshold halfway between consecutive distinct values
(x <= threshold goes left); the largest impurity decrease (gini or entropy in bits); ties to
the lowest feature, then the lowest threshold; (-1, 0.0, 0.0) when no split has a positive gain.
fit_predict: grow with best_split(..., "gini") until max_depth, min_samples_split or no gain;
a leaf predicts its majority label (ties: the smallest).
Allowed imports: the standard library and numpy.
"""

import numpy as np


def best_split(X: np.ndarray, y: np.ndarray, criterion: str) -> tuple[int, float, float]:
    # Hint: sort each feature once; the class counts left of every threshold are prefix sums.
    raise NotImplementedError


def fit_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, max_depth: int, min_samples_split: int
) -> np.ndarray:
    raise NotImplementedError
