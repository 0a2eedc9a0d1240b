"""Wrong answer: the other ArcMarginProduct convention, easy_margin=True: phi = cos(theta + m)
where cos_theta > 0, else cos_theta unchanged. The statement fixes easy_margin=False."""

import math

import numpy as np


def arcface_logits(emb, W, labels, s, m):
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    w = W / np.linalg.norm(W, axis=1, keepdims=True)
    cosine = e @ w.T
    sine = np.sqrt(np.clip(1.0 - cosine**2, 0.0, 1.0))
    phi = cosine * math.cos(m) - sine * math.sin(m)
    phi = np.where(cosine > 0, phi, cosine)
    rows = np.arange(len(labels))
    out = cosine.copy()
    out[rows, labels] = phi[rows, labels]
    return s * out


def arcface_loss(emb, W, labels, s, m):
    z = arcface_logits(emb, W, labels, s, m)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(labels)), labels]))
