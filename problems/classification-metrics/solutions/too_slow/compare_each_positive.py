"""Correct but quadratic: for each positive, one vectorised comparison with all the negatives
-- O(n_pos x n_neg) work, only the inner loop in numpy."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual, predicted = y_true == positive, y_pred == positive
    tp = int(np.sum(actual & predicted))
    precision = tp / predicted.sum() if predicted.any() else 0.0
    recall = tp / actual.sum() if actual.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)


def roc_auc(y_true, scores):
    pos = scores[y_true == 1]
    neg = scores[y_true == 0]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = 0.0
    for p in pos:
        wins += np.count_nonzero(neg < p) + 0.5 * np.count_nonzero(neg == p)
    return wins / (len(pos) * len(neg))
