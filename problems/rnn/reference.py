"""Reference: a one-layer tanh RNN over a batch, forward and full backpropagation through time.

h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b) for t = 1..T; H stacks h_1..h_T (not h0).
backward() is the gradient of L = sum(dH * H) with respect to every input.
"""

import numpy as np


def forward(X, h0, Wx, Wh, b):
    """X (T, N, D), h0 (N, H), Wx (D, H), Wh (H, H), b (H,) -> H (T, N, H)."""
    projected = X @ Wx + b  # every step's input term at once: (T, N, H)
    states = np.empty(projected.shape)
    h = h0
    for t in range(len(X)):
        h = np.tanh(projected[t] + h @ Wh)
        states[t] = h
    return states


def backward(dH, X, h0, Wx, Wh, b):
    """The gradients (dX, dh0, dWx, dWh, db) of L = sum(dH * forward(X, h0, Wx, Wh, b))."""
    states = forward(X, h0, Wx, Wh, b)
    T, N, D = X.shape
    size = Wh.shape[0]
    previous = np.concatenate([h0[None], states[:-1]])  # h_{t-1} for t = 1..T
    dA = np.empty(states.shape)  # gradient at the pre-activations
    dh = np.zeros(h0.shape)  # what h_t receives from step t + 1
    for t in reversed(range(T)):
        dA[t] = (dH[t] + dh) * (1.0 - states[t] * states[t])  # tanh' from the output
        dh = dA[t] @ Wh.T
    flat = dA.reshape(T * N, size)
    dX = dA @ Wx.T
    dWx = X.reshape(T * N, D).T @ flat
    dWh = previous.reshape(T * N, size).T @ flat
    db = flat.sum(axis=0)
    return dX, dh, dWx, dWh, db
