"""Wrong answer: tanh(x) = (e^x - e^-x) / (e^x + e^-x) written out. For |x| > 710 it is
inf / inf = nan, so huge inputs or saturated weights give nan; unsaturated cases pass."""

import numpy as np


def tanh(x):
    return (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    pre = X @ W_ih.T + b_ih + b_hh
    out = np.empty((T, N, H))
    h, c = h0, c0
    for t in range(T):
        a = pre[t] + h @ W_hh.T
        i = sigmoid(a[:, :H])
        f = sigmoid(a[:, H : 2 * H])
        g = tanh(a[:, 2 * H : 3 * H])
        o = sigmoid(a[:, 3 * H :])
        c = f * c + i * g
        h = o * tanh(c)
        out[t] = h
    return out, h, c


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    pre = X @ W_ih.T + b_ih
    out = np.empty((T, N, H))
    h = h0
    for t in range(T):
        gh = h @ W_hh.T + b_hh
        r = sigmoid(pre[t, :, :H] + gh[:, :H])
        z = sigmoid(pre[t, :, H : 2 * H] + gh[:, H : 2 * H])
        n = tanh(pre[t, :, 2 * H :] + r * gh[:, 2 * H :])
        h = (1 - z) * n + z * h
        out[t] = h
    return out, h
