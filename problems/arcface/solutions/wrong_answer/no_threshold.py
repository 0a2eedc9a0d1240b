"""Wrong answer: cos(theta + m) for every target, with no threshold: beyond theta = pi - m
the target logit grows again (cos(pi + x) = -cos(x)), instead of cos_theta - m sin(m)."""

import numpy as np


def arcface_logits(emb, W, labels, s, m):
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    w = W / np.linalg.norm(W, axis=1, keepdims=True)
    cos = np.clip(e @ w.T, -1.0, 1.0)
    rows = np.arange(len(labels))
    cos[rows, labels] = np.cos(np.arccos(cos[rows, labels]) + m)
    return s * cos


def arcface_loss(emb, W, labels, s, m):
    z = arcface_logits(emb, W, labels, s, m)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(labels)), labels]))
