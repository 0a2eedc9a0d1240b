"""Too much memory: builds the full Jacobian J_t = d h_t / d h_{t-1} = diag(1 - h_t^2) Wh^T
of every step and every sequence, a (T, N, H, H) array (256 MB at T = 500, N = 16, H = 64),
then backpropagates with matrix-vector products against it. Correct, and fine on small tests."""

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
    local = 1.0 - Hs**2  # (T, N, H)
    # J[t, n, i, j] = d h_t[n, i] / d h_{t-1}[n, j] = local[t, n, i] * Wh[j, i]
    J = local[:, :, :, None] * Wh.T[None, None, :, :]
    dA = np.empty_like(Hs)
    dh = dH[-1].copy()
    for t in range(T - 1, -1, -1):
        if t < T - 1:
            dh = dH[t] + np.einsum("ni,nij->nj", dh, J[t + 1])
        dA[t] = dh * local[t]
    dh0 = np.einsum("ni,nij->nj", dh, J[0])
    prev = np.concatenate([h0[None], Hs[:-1]])
    flat = dA.reshape(T * N, -1)
    dWx = X.reshape(T * N, D).T @ flat
    dWh = prev.reshape(T * N, -1).T @ flat
    return dA @ Wx.T, dh0, dWx, dWh, flat.sum(axis=0)
