"""Wrong answer: truncated backpropagation through time, one step deep. Each step's
pre-activation gradient uses only its own dH[t]; the gradient h_t receives from step t + 1
(dA_{t+1} @ Wh.T) is never carried back. Right only when Wh = 0 or T = 1."""

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
    dA = dH * (1.0 - Hs**2)  # no carry from the future steps
    dh0 = dA[0] @ Wh.T
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = prev.reshape(T * N, -1).T @ flat
    return dA @ Wx.T, dh0, dWx, dWh, flat.sum(axis=0)
