"""Accepted: np.where puts -inf on the masked logits, the row maximum comes from np.max with
initial=-inf (so m = 0 works), and the fully masked rows (maximum -inf) are handled by shifting
with 0 instead and dividing only where the denominator is positive. multi_head builds the
causal mask with np.tril and slices contiguous head blocks."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = (Q @ K.T) * (1.0 / np.sqrt(Q.shape[1]))
    scores = np.where(mask, scores, -np.inf)
    top = np.max(scores, axis=1, keepdims=True, initial=-np.inf)
    top = np.where(np.isfinite(top), top, 0.0)
    e = np.exp(scores - top)
    total = e.sum(axis=1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ V, weights


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    mask = np.tril(np.ones((n, n), dtype=bool)) if causal else np.ones((n, n), dtype=bool)
    outs = [scaled_dot_product(Q[:, h * dk:(h + 1) * dk], K[:, h * dk:(h + 1) * dk],
                               V[:, h * dk:(h + 1) * dk], mask)[0] for h in range(heads)]
    return np.concatenate(outs, axis=1) @ Wo if outs else X @ Wo
