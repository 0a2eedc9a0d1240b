"""Wrong answer: the softmax is normalised over axis 0 (over the queries, per key) instead of
axis 1 (over the keys, per query), so rows do not sum to 1."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    weights = masked_softmax(scores, mask)
    return weights @ V, weights


def masked_softmax(scores, mask):
    scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=0, keepdims=True, initial=-np.inf)
    top[~np.isfinite(top)] = 0.0  # rows with nothing allowed
    e = np.exp(scores - top)
    total = e.sum(axis=0, keepdims=True)
    return np.divide(e, total, out=np.zeros_like(e), where=total > 0)

def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    mask = np.tril(np.ones((n, n), dtype=bool)) if causal else np.ones((n, n), dtype=bool)
    concat = np.zeros((n, d_model))
    for h in range(heads):
        c = slice(h * dk, (h + 1) * dk)
        concat[:, c] = scaled_dot_product(Q[:, c], K[:, c], V[:, c], mask)[0]
    return concat @ Wo
