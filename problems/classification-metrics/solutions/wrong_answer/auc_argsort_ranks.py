"""Wrong tie rule: the rank-sum formula with ranks from a plain argsort, so tied scores get
distinct ranks in whatever order the sort leaves them (a tie counts 0 or 1 by position),
instead of sharing their average rank."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual, predicted = y_true == positive, y_pred == positive
    tp = int(np.sum(actual & predicted))
    precision = tp / predicted.sum() if predicted.any() else 0.0
    recall = tp / actual.sum() if actual.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return float(precision), float(recall), float(f1)


def roc_auc(y_true, scores):
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores, kind="stable")] = np.arange(1, len(scores) + 1)
    u = ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))
