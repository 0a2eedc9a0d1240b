"""Wrong: the textbook formula as written, exp(z) / sum(exp(z)) without subtracting the row
max. exp(1000) overflows to inf (inf / inf = nan), and a row near -1000 underflows to 0 / 0 =
nan; fine on moderate logits."""

import numpy as np


def softmax(Z):
    e = np.exp(Z)
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(Z, y):
    P = softmax(Z)
    return float(-np.mean(np.log(P[np.arange(len(y)), y])))


def grad(Z, y):
    P = softmax(Z)
    P[np.arange(len(y)), y] -= 1.0
    return P / len(y)
