"""Runtime error: written from the formula W x with x a column vector, as for one sequence:
W_ih @ X[t] with X[t] of shape (N, D) is (G*H, D) @ (N, D), which numpy refuses unless N == D,
and where it goes through, the (G*H, D) result cannot take the (G*H,) bias or fit the output."""

import numpy as np


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    out = np.empty((T, N, H))
    h, c = h0, c0
    for t in range(T):
        a = W_ih @ X[t] + W_hh @ h + b_ih + b_hh
        i = sigmoid(a[:H])
        f = sigmoid(a[H : 2 * H])
        g = np.tanh(a[2 * H : 3 * H])
        o = sigmoid(a[3 * H :])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    return out, h, c


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    out = np.empty((T, N, H))
    h = h0
    for t in range(T):
        gi = W_ih @ X[t] + b_ih
        gh = W_hh @ h + b_hh
        r = sigmoid(gi[:H] + gh[:H])
        z = sigmoid(gi[H : 2 * H] + gh[H : 2 * H])
        n = np.tanh(gi[2 * H :] + r * gh[2 * H :])
        h = (1 - z) * n + z * h
        out[t] = h
    return out, h
