"""Wrong answer: tanh'(a) = 1 - tanh(a)^2 = 1 - h^2, but this applies 1 - x^2 to the
pre-activation a instead of the output h. Only right where a = 0 (zero weights and inputs);
saturated units (|a| large) get huge gradients instead of tiny ones."""

import numpy as np


def forward(X, h0, Wx, Wh, b):
    return _run(X, h0, Wx, Wh, b)[1]


def _run(X, h0, Wx, Wh, b):
    T, N, _ = X.shape
    pre = np.empty((T, N, Wh.shape[0]))
    out = np.empty((T, N, Wh.shape[0]))
    h = h0
    for t in range(T):
        pre[t] = X[t] @ Wx + h @ Wh + b
        h = np.tanh(pre[t])
        out[t] = h
    return pre, out


def backward(dH, X, h0, Wx, Wh, b):
    pre, Hs = _run(X, h0, Wx, Wh, b)
    T, N, D = X.shape
    prev = np.concatenate([h0[None], Hs[:-1]])
    dA = np.empty_like(Hs)
    dh = np.zeros_like(h0)
    for t in reversed(range(T)):
        dA[t] = (dH[t] + dh) * (1.0 - pre[t] ** 2)  # should be 1 - Hs[t] ** 2
        dh = dA[t] @ Wh.T
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = prev.reshape(T * N, -1).T @ flat
    return dA @ Wx.T, dh, dWx, dWh, flat.sum(axis=0)
