"""Wrong: F1 as the arithmetic mean (P + R) / 2 instead of the harmonic mean 2PR / (P + R)."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    tp = int(np.sum((y_true == positive) & (y_pred == positive)))
    fp = int(np.sum((y_true != positive) & (y_pred == positive)))
    fn = int(np.sum((y_true == positive) & (y_pred != positive)))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (precision + recall) / 2


def roc_auc(y_true, scores):
    pos = scores[y_true == 1]
    neg = np.sort(scores[y_true == 0])
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    below = np.searchsorted(neg, pos, side="left")
    tied = np.searchsorted(neg, pos, side="right") - below
    return float((below.sum() + 0.5 * tied.sum()) / (len(pos) * len(neg)))
