"""Accepted: the heads batched as PyTorch does -- the projections reshaped to
(n, heads, dk) and moved to (heads, n, dk), one batched matmul for all the logits, a masked
softmax that works on any number of leading axes, and the heads put back side by side. The
stable softmax takes the row maximum over the allowed keys by filling masked logits with -inf;
rows with nothing allowed are detected from the mask itself."""

import numpy as np


def _softmax_masked(scores, mask):
    scores = np.where(mask, scores, -np.inf)
    any_allowed = mask.any(axis=-1, keepdims=True)
    if scores.shape[-1]:
        top = np.where(any_allowed, scores.max(axis=-1, keepdims=True), 0.0)
    else:
        top = np.zeros(scores.shape[:-1] + (1,))
    e = np.exp(scores - top)
    total = e.sum(axis=-1, keepdims=True)
    return np.where(any_allowed, e / np.where(any_allowed, total, 1.0), 0.0)


def scaled_dot_product(Q, K, V, mask):
    weights = _softmax_masked(Q @ K.T / np.sqrt(Q.shape[-1]), mask)
    return weights @ V, weights


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads

    def split(P):
        return P.reshape(n, heads, dk).transpose(1, 0, 2)  # (heads, n, dk), head h = columns h*dk:(h+1)*dk

    Q, K, V = split(X @ Wq), split(X @ Wk), split(X @ Wv)
    mask = np.tril(np.ones((n, n), dtype=bool)) if causal else np.ones((n, n), dtype=bool)
    weights = _softmax_masked(Q @ K.transpose(0, 2, 1) / np.sqrt(dk), mask)
    heads_out = weights @ V  # (heads, n, dk)
    concat = heads_out.transpose(1, 0, 2).reshape(n, d_model)
    return concat @ Wo
