"""Too slow: causal attention computed the way naive generation does it -- for every token t,
run full (unmasked) multi-head attention on the prefix X[:t+1] and keep its last row. That row
sees exactly tokens 0..t, so the result is right, but the prefixes cost
sum_t O(t^2 d_model) = O(n^3 d_model): a whole class worse than O(n^2 d_model). Non-causal
calls use one full attention; scaled_dot_product is the usual vectorised one."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = np.where(mask, Q @ K.T / np.sqrt(Q.shape[1]), -np.inf)
    top = scores.max(axis=1, keepdims=True, initial=-np.inf)
    top[np.isneginf(top)] = 0.0
    e = np.exp(scores - top)
    total = e.sum(axis=1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ V, weights


def _full_attention(X, Wq, Wk, Wv, heads):
    """Unmasked multi-head attention of the whole X, before Wo: (len(X), d_model)."""
    n, d_model = X.shape
    dk = d_model // heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    everything = np.ones((n, n), dtype=bool)
    return np.hstack(
        [scaled_dot_product(Q[:, h * dk : (h + 1) * dk], K[:, h * dk : (h + 1) * dk], V[:, h * dk : (h + 1) * dk], everything)[0] for h in range(heads)]
    )


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    if not causal:
        return _full_attention(X, Wq, Wk, Wv, heads) @ Wo
    concat = np.zeros((n, d_model))
    for t in range(n):
        concat[t] = _full_attention(X[: t + 1], Wq, Wk, Wv, heads)[-1]
    return concat @ Wo
