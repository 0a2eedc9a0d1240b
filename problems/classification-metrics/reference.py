"""Reference: confusion counts for precision / recall / F1; for the ROC AUC, the Mann-Whitney
count of (positive, negative) pairs ranked right, a tied pair counting 1/2, with the negatives
sorted once and two binary searches per positive: O(n log n)."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    actual = y_true == positive
    predicted = y_pred == positive
    true_positives = int(np.count_nonzero(actual & predicted))
    precision = _ratio(true_positives, int(np.count_nonzero(predicted)))
    recall = _ratio(true_positives, int(np.count_nonzero(actual)))
    f1 = _ratio(2 * precision * recall, precision + recall)
    return precision, recall, f1


def _ratio(numerator, denominator):
    return numerator / denominator if denominator else 0.0  # 0/0 is defined as 0


def roc_auc(y_true, scores):
    positive_scores = scores[y_true == 1]
    negative_scores = np.sort(scores[y_true == 0])
    pairs = positive_scores.size * negative_scores.size
    if pairs == 0:
        return float("nan")  # one class only: no (positive, negative) pair to rank
    # For each positive, binary searches count the negatives below it and those at or below
    # it; their sum is twice (below + tied / 2), an integer: everything stays exact.
    below = np.searchsorted(negative_scores, positive_scores, side="left")
    at_or_below = np.searchsorted(negative_scores, positive_scores, side="right")
    doubled_wins = int(below.sum()) + int(at_or_below.sum())
    return doubled_wins / (2 * pairs)
