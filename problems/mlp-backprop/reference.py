"""Reference: one full-batch gradient-descent step through a 2-layer ReLU MLP with a sigmoid
output and mean binary cross-entropy, written out by hand; train_xor repeats it on XOR."""

import numpy as np

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])


def step(X, y, W1, b1, W2, b2, lr):
    n = X.shape[0]
    # forward
    z1 = X @ W1 + b1  # (n, h) pre-activations
    hidden = np.maximum(z1, 0.0)
    z2 = hidden @ W2 + b2  # (n,) logits
    # mean BCE from the logit: softplus(z) - y z, softplus(z) = log(1 + e^z) = logaddexp(0, z)
    loss = float(np.mean(np.logaddexp(0.0, z2) - y * z2))
    p = np.exp(-np.logaddexp(0.0, -z2))  # sigmoid(z2), never overflows
    # backward
    dz2 = (p - y) / n  # d loss / d z2
    dW2 = hidden.T @ dz2
    db2 = float(np.sum(dz2))
    dz1 = np.outer(dz2, W2) * (z1 > 0.0)  # ReLU'(0) = 0
    dW1 = X.T @ dz1
    db1 = np.sum(dz1, axis=0)
    return W1 - lr * dW1, b1 - lr * db1, W2 - lr * dW2, b2 - lr * db2, loss


def train_xor(W1, b1, W2, b2, lr, epochs):
    losses = []
    for _ in range(epochs):
        W1, b1, W2, b2, loss = step(XOR_X, XOR_Y, W1, b1, W2, b2, lr)
        losses.append(loss)
    return W1, b1, W2, b2, np.array(losses)
