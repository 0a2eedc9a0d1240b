"""Accepted: the rank-sum form of the Mann-Whitney U statistic. Sort once, give every group of
tied scores the average of its ranks, then AUC = (sum of the positives' ranks
- n_pos (n_pos + 1) / 2) / (n_pos n_neg)."""

import numpy as np


def precision_recall_f1(y_true, y_pred, positive):
    tp = np.sum((y_true == positive) & (y_pred == positive))
    fp = np.sum((y_true != positive) & (y_pred == positive))
    fn = np.sum((y_true == positive) & (y_pred != positive))
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp > 0 else 0.0
    return float(precision), float(recall), float(f1)


def roc_auc(y_true, scores):
    n_pos = int(np.sum(y_true == 1))
    n_neg = y_true.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(scores, kind="stable")
    sorted_scores = scores[order]
    starts = np.flatnonzero(np.r_[True, sorted_scores[1:] != sorted_scores[:-1]])
    counts = np.diff(np.r_[starts, scores.size])
    average_rank = starts + (counts + 1) / 2  # 1-based ranks starts+1 .. starts+counts
    ranks = np.empty(scores.size)
    ranks[order] = np.repeat(average_rank, counts)
    u = ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))
