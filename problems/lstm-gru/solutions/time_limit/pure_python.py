"""Time limit: correct, but every gate pre-activation is a pure-Python sum over the inputs and
the hidden units, unit by unit, sequence by sequence, step by step: T * N * G * H * (D + H)
interpreted multiply-adds (10^8 to 3 x 10^8 on the large tests)."""

import math

import numpy as np


def sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _pre(W, b, x, row):
    s = b[row]
    w = W[row]
    for k in range(len(x)):
        s += w[k] * x[k]
    return s


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    T, N, D = X.shape
    H = W_hh.shape[1]
    X, W_ih, W_hh, b_ih, b_hh = X.tolist(), W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    h, c = h0.tolist(), c0.tolist()
    out = []
    for t in range(T):
        step = []
        for s in range(N):
            x, hp, cp = X[t][s], h[s], c[s]
            a = [_pre(W_ih, b_ih, x, j) + _pre(W_hh, b_hh, hp, j) for j in range(4 * H)]
            cn, hn = [], []
            for u in range(H):
                i, f = sigmoid(a[u]), sigmoid(a[H + u])
                g, o = math.tanh(a[2 * H + u]), sigmoid(a[3 * H + u])
                cu = f * cp[u] + i * g
                cn.append(cu)
                hn.append(o * math.tanh(cu))
            h[s], c[s] = hn, cn
            step.append(hn)
        out.append(step)
    return np.array(out), np.array(h), np.array(c)


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    T, N, D = X.shape
    H = W_hh.shape[1]
    X, W_ih, W_hh, b_ih, b_hh = X.tolist(), W_ih.tolist(), W_hh.tolist(), b_ih.tolist(), b_hh.tolist()
    h = h0.tolist()
    out = []
    for t in range(T):
        step = []
        for s in range(N):
            x, hp = X[t][s], h[s]
            gi = [_pre(W_ih, b_ih, x, j) for j in range(3 * H)]
            gh = [_pre(W_hh, b_hh, hp, j) for j in range(3 * H)]
            hn = []
            for u in range(H):
                r = sigmoid(gi[u] + gh[u])
                z = sigmoid(gi[H + u] + gh[H + u])
                n = math.tanh(gi[2 * H + u] + r * gh[2 * H + u])
                hn.append((1 - z) * n + z * hp[u])
            h[s] = hn
            step.append(hn)
        out.append(step)
    return np.array(out), np.array(h)
