"""Wrong answer: sigmoid(x) = e^x / (1 + e^x). Right in exact arithmetic, but e^x overflows to
inf for x > 709 and inf / inf is nan: saturated gates (pre-activations in the hundreds or
thousands) turn the whole state into nan. Unsaturated cases pass."""

import numpy as np


def sigmoid(x):
    e = np.exp(x)
    return e / (1.0 + e)


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
        gh = h @ W_hh.T + b_hh
        r = sigmoid(pre[t, :, :H] + gh[:, :H])
        z = sigmoid(pre[t, :, H : 2 * H] + gh[:, H : 2 * H])
        n = np.tanh(pre[t, :, 2 * H :] + r * gh[:, 2 * H :])
        h = (1 - z) * n + z * h
        out[t] = h
    return out, h
