"""Accepted: the ROC curve itself -- sort by decreasing score, one point per distinct score
(tied samples enter together), and the area under it by the trapezoid rule; a tied group of
positives and negatives is a diagonal segment, which is the 1/2 credit."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual = y_true == positive
    predicted = y_pred == positive
    tp = int((actual & predicted).sum())
    n_pred, n_true = int(predicted.sum()), int(actual.sum())
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_true if n_true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    sorted_scores, labels = scores[order], y_true[order]
    n_pos = int(labels.sum())
    n_neg = labels.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    last_of_group = np.flatnonzero(np.diff(sorted_scores) != 0)
    ends = np.append(last_of_group, labels.size - 1)
    tps = np.cumsum(labels)[ends]
    fps = (ends + 1) - tps
    tpr = np.concatenate([[0.0], tps / n_pos])
    fpr = np.concatenate([[0.0], fps / n_neg])
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
