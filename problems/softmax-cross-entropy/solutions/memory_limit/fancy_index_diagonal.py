"""Too much memory: picks the true-class log-probabilities with log_probs[:, y] -- an (n, n)
matrix, column i holding class y_i of every row -- and keeps its diagonal. Right on small
batches, 320 GB for 2 x 10^5 rows (the row indices must be paired: log_probs[arange(n), y])."""

import numpy as np


def _log_softmax(Z):
    shifted = Z - Z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def softmax(Z):
    return np.exp(_log_softmax(Z))


def cross_entropy(Z, y):
    return float(-np.diag(_log_softmax(Z)[:, y]).mean())


def grad(Z, y):
    return (softmax(Z) - np.eye(Z.shape[1])[y]) / len(y)
