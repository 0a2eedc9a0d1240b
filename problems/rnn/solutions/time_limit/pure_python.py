"""Too slow: correct, but every matrix product is a pure-Python triple loop over lists
(T * N * H * (D + H) interpreted multiply-adds each way: hundreds of millions on the largest
tests)."""

import math


def _matmul(A, B):
    inner, cols = len(B), len(B[0])
    out = []
    for row in A:
        acc = [0.0] * cols
        for k in range(inner):
            a = row[k]
            if a:
                Bk = B[k]
                for j in range(cols):
                    acc[j] += a * Bk[j]
        out.append(acc)
    return out


def _transpose(A):
    return [list(col) for col in zip(*A)]


def _states(X, h0, Wx, Wh, b):
    X, h, Wx, Wh, b = X.tolist(), h0.tolist(), Wx.tolist(), Wh.tolist(), b.tolist()
    out = []
    for x in X:
        u, r = _matmul(x, Wx), _matmul(h, Wh)
        h = [[math.tanh(u[n][j] + r[n][j] + b[j]) for j in range(len(b))] for n in range(len(u))]
        out.append(h)
    return out


def forward(X, h0, Wx, Wh, b):
    return _states(X, h0, Wx, Wh, b)


def backward(dH, X, h0, Wx, Wh, b):
    states = _states(X, h0, Wx, Wh, b)
    T, N, D = X.shape
    size = len(b)
    dHl, Xl = dH.tolist(), X.tolist()
    WxT, WhT = _transpose(Wx.tolist()), _transpose(Wh.tolist())
    dX = [None] * T
    dWx = [[0.0] * size for _ in range(D)]
    dWh = [[0.0] * size for _ in range(size)]
    db = [0.0] * size
    dh = [[0.0] * size for _ in range(N)]
    for t in range(T - 1, -1, -1):
        h, prev = states[t], (states[t - 1] if t else h0.tolist())
        da = [[(dHl[t][n][j] + dh[n][j]) * (1.0 - h[n][j] * h[n][j]) for j in range(size)] for n in range(N)]
        dX[t] = _matmul(da, WxT)
        for n in range(N):
            for j in range(size):
                db[j] += da[n][j]
        for M, rows in ((dWx, Xl[t]), (dWh, prev)):
            part = _matmul(_transpose(rows), da)
            for i, line in enumerate(part):
                for j in range(size):
                    M[i][j] += line[j]
        dh = _matmul(da, WhT)
    return dX, dh, dWx, dWh, db
