"""Classification metrics, by hand.

precision_recall_f1: for one positive label, with 0/0 defined as 0.
roc_auc: the probability that a random positive scores above a random negative, a tie
counting 1/2; nan when y_true holds a single class.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, positive: int) -> tuple[float, float, float]:
    raise NotImplementedError


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    # Hint: sort once; comparing every positive with every negative is O(n^2).
    raise NotImplementedError
