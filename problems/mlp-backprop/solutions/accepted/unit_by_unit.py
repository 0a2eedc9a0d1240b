"""Accepted: the same gradients written unit by unit -- a Python loop over the h hidden units,
each vectorised over the n samples (O(n d) per unit, fast enough since h is small) -- with the
loss as -(y log sigmoid(z) + (1 - y) log sigmoid(-z)), log sigmoid(z) = -logaddexp(0, -z).
train_xor keeps its own copies and updates them in place."""

import numpy as np


def log_sigmoid(z):
    return -np.logaddexp(0.0, -z)


def step(X, y, W1, b1, W2, b2, lr):
    n, d = X.shape
    h = W1.shape[1]
    pre = [X @ W1[:, j] + b1[j] for j in range(h)]
    act = [np.where(a > 0, a, 0.0) for a in pre]
    z = np.full(n, float(b2))
    for j in range(h):
        z += W2[j] * act[j]
    loss = -np.mean(y * log_sigmoid(z) + (1 - y) * log_sigmoid(-z))
    err = np.exp(log_sigmoid(z)) - y  # p - y
    gW1 = np.zeros_like(W1)
    gb1 = np.zeros_like(b1)
    gW2 = np.zeros_like(W2)
    for j in range(h):
        gW2[j] = err @ act[j] / n
        back = np.where(pre[j] > 0, err * W2[j], 0.0)
        gW1[:, j] = back @ X / n
        gb1[j] = back.sum() / n
    gb2 = err.sum() / n
    return W1 - lr * gW1, b1 - lr * gb1, W2 - lr * gW2, b2 - lr * gb2, float(loss)


def train_xor(W1, b1, W2, b2, lr, epochs):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([0.0, 1.0, 1.0, 0.0])
    W1, b1, W2, b2 = W1.copy(), b1.copy(), W2.copy(), float(b2)
    losses = []
    for _ in range(epochs):
        nW1, nb1, nW2, nb2, loss = step(X, y, W1, b1, W2, b2, lr)
        W1[...], b1[...], W2[...], b2 = nW1, nb1, nW2, nb2
        losses.append(loss)
    return W1, b1, W2, b2, losses
