"""Wrong answer: masked logits are filled with -1e9 instead of being excluded, the common
PyTorch idiom (masked_fill(mask == 0, -1e9)). Partly masked rows come out right, but a fully
masked row becomes a uniform softmax over its (all masked) keys instead of zeros; and logits
below -1e9 would be outranked by the fill. m = 0 is handled so only the values are wrong."""

import numpy as np


def scaled_dot_product(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    weights = masked_softmax(scores, mask)
    return weights @ V, weights


def masked_softmax(scores, mask):
    if scores.shape[1] == 0:
        return np.zeros(scores.shape)
    scores = np.where(mask, scores, -1e9)
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

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
