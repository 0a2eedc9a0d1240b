"""Wrong answer: the stable softmax subtracts the maximum over ALL the keys, masked ones
included, and masks by multiplying the exps. When a masked logit is far above the allowed ones
(by more than ~745), every allowed exp underflows to 0 and the row comes out all zeros."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    weights = masked_softmax(scores, mask)
    return weights @ V, weights


def masked_softmax(scores, mask):
    top = scores.max(axis=1, keepdims=True, initial=-np.inf)
    top[~np.isfinite(top)] = 0.0
    e = np.exp(scores - top) * mask
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
        concat[:, c] = scaled_dot_product(Q[:, c], K[:, c], V[:, c], mask)[0]
    return concat @ Wo
