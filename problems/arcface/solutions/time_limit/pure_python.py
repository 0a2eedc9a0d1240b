"""Too slow: correct, but pure-Python loops over rows, classes and dimensions (n * C * d
interpreted steps: 3 x 10^8 on the largest test). The result list becomes an (n, C)
array at the end (reshape keeps the (0, C) shape of an empty batch)."""

import math

import numpy as np


def arcface_logits(emb, W, labels, s, m):
    emb = emb.tolist()
    W = W.tolist()
    class_norms = [math.sqrt(sum(x * x for x in w)) for w in W]
    th = math.cos(math.pi - m)
    mm = math.sin(math.pi - m) * m
    out = []
    for i, e in enumerate(emb):
        norm = math.sqrt(sum(x * x for x in e))
        row = []
        for j, w in enumerate(W):
            c = sum(a * b for a, b in zip(e, w)) / (norm * class_norms[j])
            c = min(1.0, max(-1.0, c))
            if j == labels[i]:
                c = math.cos(math.acos(c) + m) if c > th else c - mm
            row.append(s * c)
        out.append(row)
    return np.array(out).reshape(len(emb), len(W))


def arcface_loss(emb, W, labels, s, m):
    logits = arcface_logits(emb, W, labels, s, m)
    total = 0.0
    for i, row in enumerate(logits):
        top = max(row)
        total += top + math.log(sum(math.exp(z - top) for z in row)) - row[labels[i]]
    return total / len(logits)
