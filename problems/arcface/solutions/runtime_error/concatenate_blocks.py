"""Crashes on an empty batch: the logits are computed block by block and joined with
np.concatenate, which raises "need at least one array to concatenate" when n = 0.
Correct otherwise."""

import numpy as np

BLOCK = 4096


def arcface_logits(emb, W, labels, s, m):
    w = W / np.linalg.norm(W, axis=1, keepdims=True)
    blocks = []
    for start in range(0, len(emb), BLOCK):
        e = emb[start : start + BLOCK]
        y = labels[start : start + BLOCK]
        e = e / np.linalg.norm(e, axis=1, keepdims=True)
        cos = np.clip(e @ w.T, -1.0, 1.0)
        rows = np.arange(len(y))
        target = cos[rows, y]
        cos[rows, y] = np.where(target > -np.cos(m), np.cos(np.arccos(target) + m), target - m * np.sin(m))
        blocks.append(s * cos)
    return np.concatenate(blocks)


def arcface_loss(emb, W, labels, s, m):
    z = arcface_logits(emb, W, labels, s, m)
    top = z.max(axis=1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(z - top).sum(axis=1))
    return float(np.mean(lse - z[np.arange(len(labels)), labels]))
