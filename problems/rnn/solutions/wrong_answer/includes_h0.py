"""Wrong answer: off by one in time. forward() stacks h_0..h_{T-1} (the initial state
included, the last state dropped), the same shape as the right h_1..h_T; backward() reads
dH[t] as the gradient of that stack, so every dH is one step late."""

import numpy as np


def _states(X, h0, Wx, Wh, b):
    out = [h0]
    for x in X:
        out.append(np.tanh(x @ Wx + out[-1] @ Wh + b))
    return np.stack(out)  # (T + 1, N, H): h_0..h_T


def forward(X, h0, Wx, Wh, b):
    return _states(X, h0, Wx, Wh, b)[:-1]


def backward(dH, X, h0, Wx, Wh, b):
    S = _states(X, h0, Wx, Wh, b)
    T, N, D = X.shape
    dS = np.zeros_like(S)
    dS[:-1] = dH  # dH[t] taken as the gradient of h_t, t = 0..T-1
    dA = np.empty((T, N, S.shape[2]))
    dh = dS[T].copy()
    for t in reversed(range(T)):
        dA[t] = dh * (1.0 - S[t + 1] ** 2)
        dh = dA[t] @ Wh.T + dS[t]
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = S[:-1].reshape(T * N, -1).T @ flat
    return dA @ Wx.T, dh, dWx, dWh, flat.sum(axis=0)
