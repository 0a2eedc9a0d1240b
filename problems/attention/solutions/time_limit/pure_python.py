"""Time limit: pure Python -- every logit is a Python dot product over the d components, every
softmax a Python loop over the keys, and the projections in multi_head are triple loops (numpy
only converts the inputs to lists and the results back). Correct (it keeps the max-shift and
the fully-masked-row rule), but O(n m d) Python operations: tens of millions on the largest
tests, far over their budgets."""

import math

import numpy as np


def _softmax_row(logits, allowed):
    keys = [j for j, ok in enumerate(allowed) if ok]
    weights = [0.0] * len(logits)
    if not keys:
        return weights
    top = max(logits[j] for j in keys)
    exps = {j: math.exp(logits[j] - top) for j in keys}
    total = sum(exps.values())
    for j in keys:
        weights[j] = exps[j] / total
    return weights


def _attention(Q, K, V, allowed, d, dv):
    scale = 1.0 / math.sqrt(d)
    out, weights = [], []
    for i, q in enumerate(Q):
        logits = [sum(a * b for a, b in zip(q, k)) * scale for k in K]
        w = _softmax_row(logits, allowed(i))
        out.append([sum(w[j] * V[j][c] for j in range(len(K))) for c in range(dv)])
        weights.append(w)
    return out, weights


def scaled_dot_product(Q, K, V, mask):
    (n, d), m, dv = Q.shape, K.shape[0], V.shape[1]
    rows = mask.tolist()
    out, weights = _attention(Q.tolist(), K.tolist(), V.tolist(), lambda i: rows[i], d, dv)
    return np.array(out, dtype=float).reshape(n, dv), np.array(weights, dtype=float).reshape(n, m)


def _matmul(A, B):
    cols = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in cols] for row in A]


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads
    X = X.tolist()
    Q, K, V = _matmul(X, Wq.tolist()), _matmul(X, Wk.tolist()), _matmul(X, Wv.tolist())
    concat = [[0.0] * d_model for _ in range(n)]
    for h in range(heads):
        lo, hi = h * dk, (h + 1) * dk
        Qh = [row[lo:hi] for row in Q]
        Kh = [row[lo:hi] for row in K]
        Vh = [row[lo:hi] for row in V]
        out, _ = _attention(Qh, Kh, Vh, lambda i: [j <= i or not causal for j in range(n)], dk, dk)
        for i in range(n):
            concat[i][lo:hi] = out[i]
    return np.array(_matmul(concat, Wo.tolist()), dtype=float).reshape(n, d_model)
