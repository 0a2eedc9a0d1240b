"""Runtime error: a careful masked softmax (-inf fill, max over the allowed keys, zero rows for
fully masked ones), but the row maximum is scores.max(axis=1) with no `initial`: with no keys
at all (m = 0) numpy raises "zero-size array to reduction operation maximum which has no
identity", and so does multi_head on an empty sequence. Right everywhere else."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = np.where(mask, Q @ K.T / np.sqrt(Q.shape[1]), -np.inf)
    top = scores.max(axis=1, keepdims=True)
    top[np.isneginf(top)] = 0.0
    e = np.exp(scores - top)
    total = e.sum(axis=1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ V, weights


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    mask = np.tril(np.ones((n, n), dtype=bool)) if causal else np.ones((n, n), dtype=bool)
    outs = []
    for h in range(heads):
        c = slice(h * dk, (h + 1) * dk)
        outs.append(scaled_dot_product(Q[:, c], K[:, c], V[:, c], mask)[0])
    return np.hstack(outs) @ Wo
