"""Wrong answer: sin(theta) as sqrt(1 - cos^2) without clipping. An embedding that is an
exact multiple of its class row can give cos = 1.0000000000000002: 1 - cos^2 < 0 and the
target logit (and the loss) is nan."""

import math

import numpy as np


def arcface_logits(emb, W, labels, s, m):
    e = emb / np.linalg.norm(emb, axis=1, keepdims=True)
    w = W / np.linalg.norm(W, axis=1, keepdims=True)
    cosine = e @ w.T
    rows = np.arange(len(labels))
    target = cosine[rows, labels]
    sine = np.sqrt(1.0 - target**2)
    phi = target * math.cos(m) - sine * math.sin(m)
    phi = np.where(target > math.cos(math.pi - m), phi, target - math.sin(math.pi - m) * m)
    cosine[rows, labels] = phi
    return s * cosine


def arcface_loss(emb, W, labels, s, m):
    z = arcface_logits(emb, W, labels, s, m)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(labels)), labels]))
