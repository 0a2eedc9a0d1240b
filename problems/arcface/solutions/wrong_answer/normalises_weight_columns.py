"""Wrong answer: treats W as (d, C) when normalising: divides by the norms of its columns
(axis=0) instead of its rows, so the class vectors are not unit vectors."""

import numpy as np


def arcface_logits(emb, W, labels, s, m):
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    w = W / np.linalg.norm(W, axis=0, keepdims=True)
    cos = np.clip(e @ w.T, -1.0, 1.0)
    rows = np.arange(len(labels))
    target = cos[rows, labels]
    cos[rows, labels] = np.where(target > -np.cos(m), np.cos(np.arccos(target) + m), target - m * np.sin(m))
    return s * cos


def arcface_loss(emb, W, labels, s, m):
    z = arcface_logits(emb, W, labels, s, m)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(labels)), labels]))
