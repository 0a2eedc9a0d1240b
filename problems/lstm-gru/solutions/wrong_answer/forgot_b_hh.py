"""Wrong answer: both layers drop the second bias b_hh (many write-ups show a single bias per
gate); PyTorch adds b_ih and b_hh. Every case with b_hh != 0 fails."""

import numpy as np


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    pre = X @ W_ih.T + b_ih
    out = np.empty((T, N, H))
    h, c = h0, c0
    for t in range(T):
        a = pre[t] + h @ W_hh.T
        i = sigmoid(a[:, :H])
        f = sigmoid(a[:, H : 2 * H])
        g = np.tanh(a[:, 2 * H : 3 * H])
        o = sigmoid(a[:, 3 * H :])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    return out, h, c


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    pre = X @ W_ih.T + b_ih
    out = np.empty((T, N, H))
    h = h0
    for t in range(T):
        gh = h @ W_hh.T
        r = sigmoid(pre[t, :, :H] + gh[:, :H])
        z = sigmoid(pre[t, :, H : 2 * H] + gh[:, H : 2 * H])
        n = np.tanh(pre[t, :, 2 * H :] + r * gh[:, 2 * H :])
        h = (1 - z) * n + z * h
        out[t] = h
    return out, h
