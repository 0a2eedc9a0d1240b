"""Wrong answer: in multi_head every head's logits are divided by sqrt(d_model) (the model
width) instead of sqrt(dk) = sqrt(d_model / heads), the head width. scaled_dot_product is right,
and so is multi_head with one head."""

import numpy as np


def scaled_dot_product(Q, K, V, mask, d=None):
    scores = Q @ K.T / np.sqrt(Q.shape[1] if d is None else d)
    weights = masked_softmax(scores, mask)
    return weights @ V, weights

def masked_softmax(scores, mask):
    scores = np.where(mask, scores, -np.inf)
    top = scores.max(axis=1, keepdims=True, initial=-np.inf)
    top[~np.isfinite(top)] = 0.0  # rows with nothing allowed
    e = np.exp(scores - top)
    total = e.sum(axis=1, keepdims=True)
    return np.divide(e, total, out=np.zeros_like(e), where=total > 0)


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    mask = np.tril(np.ones((n, n), dtype=bool)) if causal else np.ones((n, n), dtype=bool)
    concat = np.zeros((n, d_model))
    for h in range(heads):
        c = slice(h * dk, (h + 1) * dk)
        concat[:, c] = scaled_dot_product(Q[:, c], K[:, c], V[:, c], mask, d=d_model)[0]
    return concat @ Wo