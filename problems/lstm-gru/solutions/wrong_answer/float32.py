"""Wrong answer: computes in float32, PyTorch's default dtype, instead of the float64 the
statement asks for: about 7 significant digits per step, and the rounding compounds over the
steps, so the results miss rtol 1e-6 / atol 1e-8."""

import numpy as np


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    X, h0, c0, W_ih, W_hh, b_ih, b_hh = (a.astype(np.float32) for a in (X, h0, c0, W_ih, W_hh, b_ih, b_hh))
    T, N, _ = X.shape
    H = W_hh.shape[1]
    pre = X @ W_ih.T + b_ih + b_hh
    out = np.empty((T, N, H), dtype=np.float32)
    h, c = h0, c0
    for t in range(T):
        a = pre[t] + h @ W_hh.T
        i = sigmoid(a[:, :H])
        f = sigmoid(a[:, H : 2 * H])
        g = np.tanh(a[:, 2 * H : 3 * H])
        o = sigmoid(a[:, 3 * H :])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[t] = h
    return out, h, c


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    X, h0, W_ih, W_hh, b_ih, b_hh = (a.astype(np.float32) for a in (X, h0, W_ih, W_hh, b_ih, b_hh))
    T, N, _ = X.shape
    H = W_hh.shape[1]
    pre = X @ W_ih.T + b_ih
    out = np.empty((T, N, H), dtype=np.float32)
    h = h0
    for t in range(T):
        gh = h @ W_hh.T + b_hh
        r = sigmoid(pre[t, :, :H] + gh[:, :H])
        z = sigmoid(pre[t, :, H : 2 * H] + gh[:, H : 2 * H])
        n = np.tanh(pre[t, :, 2 * H :] + r * gh[:, 2 * H :])
        h = (1 - z) * n + z * h
        out[t] = h
    return out, h
