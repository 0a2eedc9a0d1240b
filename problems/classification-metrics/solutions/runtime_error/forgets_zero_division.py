"""Crashes on 0/0: no guard for an empty denominator -- nothing predicted positive, no actual
positives, or a single class for the AUC -- so Python's int division raises
ZeroDivisionError."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual, predicted = y_true == positive, y_pred == positive
    tp = int(np.sum(actual & predicted))
    precision = tp / int(predicted.sum())
    recall = tp / int(actual.sum())
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def roc_auc(y_true, scores):
    order = np.argsort(scores, kind="stable")
    sorted_scores = scores[order]
    starts = np.flatnonzero(np.r_[True, np.diff(sorted_scores) != 0])
    counts = np.diff(np.r_[starts, len(scores)])
    average = np.repeat(starts + (counts + 1) / 2, counts)
    ranks = np.empty(len(scores))
    ranks[order] = average
    n_pos = int(np.sum(y_true == 1))
    n_neg = len(y_true) - n_pos
    u = float(ranks[y_true == 1].sum()) - n_pos * (n_pos + 1) / 2
    return u / (n_pos * n_neg)
