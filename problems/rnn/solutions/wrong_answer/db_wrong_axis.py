"""Wrong answer: db summed over the wrong axes. The bias is shared by every step and every
sequence of the batch, so db sums dA over time and batch (axes 0 and 1); this sums over time
and hidden units, giving one number per sequence (shape (N,) instead of (H,))."""

import numpy as np


def forward(X, h0, Wx, Wh, b):
    out = np.empty((X.shape[0], X.shape[1], Wh.shape[0]))
    h = h0
    for t in range(X.shape[0]):
        h = np.tanh(X[t] @ Wx + h @ Wh + b)
        out[t] = h
    return out


def backward(dH, X, h0, Wx, Wh, b):
    Hs = forward(X, h0, Wx, Wh, b)
    T, N, D = X.shape
    prev = np.concatenate([h0[None], Hs[:-1]])
    dA = np.empty_like(Hs)
    dh = np.zeros_like(h0)
    for t in reversed(range(T)):
        dA[t] = (dH[t] + dh) * (1.0 - Hs[t] ** 2)
        dh = dA[t] @ Wh.T
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = prev.reshape(T * N, -1).T @ flat
    return dA @ Wx.T, dh, dWx, dWh, dA.sum(axis=(0, 2))
