"""Wrong answer: off by one in dWh. h_t = tanh(x_t Wx + h_{t-1} Wh + b), so dWh pairs each
step's pre-activation gradient with the PREVIOUS state h_{t-1} (h0 at t = 1); this pairs it
with the current state h_t."""

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
    dA = np.empty_like(Hs)
    dh = np.zeros_like(h0)
    for t in reversed(range(T)):
        dA[t] = (dH[t] + dh) * (1.0 - Hs[t] ** 2)
        dh = dA[t] @ Wh.T
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = Hs.reshape(T * N, -1).T @ flat  # should be h_{t-1}: h0, Hs[:-1]
    return dA @ Wx.T, dh, dWx, dWh, flat.sum(axis=0)
