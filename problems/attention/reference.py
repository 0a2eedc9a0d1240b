"""Reference: scaled dot-product attention with a boolean mask, and multi-head self-attention.

The softmax is taken over the allowed keys of each row only: masked logits become -inf, the
row maximum is subtracted before exp (stable for large logits; the maximum ignores masked
logits), and a row with no allowed key (or no key at all) gets weights 0 and output 0. Written
the plain vectorised way (a few (n, m) temporaries per call), as a typical accepted solution is.
"""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = np.where(mask, (Q @ K.T) / np.sqrt(Q.shape[1]), -np.inf)
    top = scores.max(axis=1, keepdims=True, initial=-np.inf)
    top = np.where(top == -np.inf, 0.0, top)  # a fully masked row: exp(-inf - 0) = 0 everywhere
    e = np.exp(scores - top)
    total = e.sum(axis=1, keepdims=True)
    weights = np.divide(e, total, out=np.zeros_like(e), where=total > 0)
    return weights @ V, weights


def multi_head(X, Wq, Wk, Wv, Wo, heads, causal):
    n, d_model = X.shape
    dk = d_model // heads
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    # causal: query i sees keys j <= i
    mask = np.tri(n, dtype=bool) if causal else np.ones((n, n), dtype=bool)
    concat = np.empty((n, d_model))
    for h in range(heads):
        block = slice(h * dk, (h + 1) * dk)
        concat[:, block] = scaled_dot_product(Q[:, block], K[:, block], V[:, block], mask)[0]
    return concat @ Wo
