"""Wrong answer: the textbook softmax exp(s) / sum exp(s) without subtracting the row maximum.
Fine for small logits, but a logit above ~709 overflows to inf (inf / inf = nan) and rows whose
logits are all below ~-745 underflow to 0 / 0."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    weights = masked_softmax(scores, mask)
    return weights @ V, weights


def masked_softmax(scores, mask):
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(scores) * mask
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
