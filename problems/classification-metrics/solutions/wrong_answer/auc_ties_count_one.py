"""Wrong tie rule: a positive tied with a negative counts 1 (scores >= count), not 1/2."""

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
    neg = np.sort(scores[y_true == 0])
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    at_or_below = np.searchsorted(neg, pos, side="right")
    return float(at_or_below.sum() / (len(pos) * len(neg)))
