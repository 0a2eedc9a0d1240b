"""Runtime error: backpropagation through time written as a recursion, grad(t) = dH[t] +
(grad(t + 1) * (1 - h_{t+1}^2)) @ Wh.T, memoised. Correct, but the recursion is T calls deep:
on the 1000-step sequences it exceeds Python's recursion limit (RecursionError)."""

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
    memo = {}

    def grad(t):  # the total gradient reaching h_t (t = -1 is h0)
        if t not in memo:
            if t == T - 1:
                memo[t] = dH[t]
            else:
                nxt = grad(t + 1) * (1.0 - Hs[t + 1] ** 2)
                memo[t] = (dH[t] if t >= 0 else 0.0) + nxt @ Wh.T
        return memo[t]

    dh0 = grad(-1)
    dA = np.stack([grad(t) * (1.0 - Hs[t] ** 2) for t in range(T)])
    prev = np.concatenate([h0[None], Hs[:-1]])
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = prev.reshape(T * N, -1).T @ flat
    return dA @ Wx.T, dh0, dWx, dWh, flat.sum(axis=0)
