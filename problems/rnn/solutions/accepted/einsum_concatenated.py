"""Accepted: the classic "one weight matrix" formulation. [x_t, h_{t-1}] is concatenated and
multiplied by W = [[Wx], [Wh]] in one product per step; the backward pass collects the
pre-activation gradients of all steps and gets the weight gradients with one einsum, then
splits them back into dWx and dWh."""

import numpy as np


def forward(X, h0, Wx, Wh, b):
    W = np.vstack([Wx, Wh])
    out = []
    h = h0
    for x in X:
        h = np.tanh(np.hstack([x, h]) @ W + b)
        out.append(h)
    return np.stack(out)


def backward(dH, X, h0, Wx, Wh, b):
    D = Wx.shape[0]
    W = np.vstack([Wx, Wh])
    Hs = forward(X, h0, Wx, Wh, b)
    inputs = np.concatenate([X, np.concatenate([h0[None], Hs[:-1]])], axis=2)  # (T, N, D + H)
    dA = np.zeros_like(Hs)
    carry = np.zeros_like(h0)
    for t in range(len(X) - 1, -1, -1):
        dA[t] = (dH[t] + carry) * (1.0 - Hs[t] ** 2)
        carry = dA[t] @ W[D:].T
    dW = np.einsum("tni,tnj->ij", inputs, dA)
    dX = np.einsum("tnj,ij->tni", dA, W[:D])
    return dX, carry, dW[:D], dW[D:], dA.sum(axis=(0, 1))
