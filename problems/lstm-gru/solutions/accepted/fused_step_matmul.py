"""Accepted: one matrix product per step on [x_t, h] against [W_ih | W_hh] (the two weight
matrices side by side), and the textbook stable sigmoid: 1 / (1 + e^-x) for x >= 0 and
e^x / (1 + e^x) for x < 0, so exp only ever sees a non-positive number. The GRU keeps the
W_hn h + b_hn part apart, because r multiplies it before it meets the input part."""

import numpy as np


def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    W = np.concatenate([W_ih, W_hh], axis=1)  # (4H, D + H)
    b = b_ih + b_hh
    h, c = h0.copy(), c0.copy()
    outputs = []
    for t in range(T):
        gates = np.concatenate([X[t], h], axis=1) @ W.T + b
        i, f, g, o = np.split(gates, 4, axis=1)
        c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)
        h = sigmoid(o) * np.tanh(c)
        outputs.append(h)
    return np.stack(outputs), h, c


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    T, N, _ = X.shape
    H = W_hh.shape[1]
    h = h0.copy()
    outputs = []
    for t in range(T):
        gi = X[t] @ W_ih.T + b_ih
        gh = h @ W_hh.T + b_hh
        i_r, i_z, i_n = np.split(gi, 3, axis=1)
        h_r, h_z, h_n = np.split(gh, 3, axis=1)
        r = sigmoid(i_r + h_r)
        z = sigmoid(i_z + h_z)
        n = np.tanh(i_n + r * h_n)
        h = (1 - z) * n + z * h
        outputs.append(h)
    return np.stack(outputs), h
