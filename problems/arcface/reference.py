"""Reference: ArcFace (additive angular margin) logits and loss, vectorised.

Embeddings and class weight rows are L2-normalised, cos_theta = their dot products, clipped
to [-1, 1]. Only the true class of each row gets the margin, with insightface's / the common
PyTorch ArcMarginProduct convention (easy_margin=False): cos(theta + m) where
cos_theta > cos(pi - m) = -cos(m), else cos_theta - m * sin(pi - m) = cos_theta - m * sin(m).
Everything is scaled by s. The loss is the mean softmax cross-entropy of those logits with
a stable log-sum-exp (s may be large enough for exp(logit) to overflow).
"""

import numpy as np


def _unit_rows(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def arcface_logits(emb, W, labels, s, m):
    cos = np.clip(_unit_rows(emb) @ _unit_rows(W).T, -1.0, 1.0)
    rows = np.arange(len(labels))
    target = cos[rows, labels]
    margin = np.where(target > -np.cos(m), np.cos(np.arccos(target) + m), target - m * np.sin(m))
    cos[rows, labels] = margin
    return s * cos


def arcface_loss(emb, W, labels, s, m):
    logits = arcface_logits(emb, W, labels, s, m)
    top = logits.max(axis=1)
    log_sum = top + np.log(np.exp(logits - top[:, None]).sum(axis=1))
    return float(np.mean(log_sum - logits[np.arange(len(labels)), labels]))
