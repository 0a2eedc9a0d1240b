"""Too slow, and of a worse growth class: correct, but each masked row is appended to the output
with np.append(out, row, axis=0), which copies the whole output every time: O(n^2 d) for n rows,
where one vectorised pass is O(n d)."""

import numpy as np


def _dropout(a, p, u, training):
    if not training:
        return a.copy()
    out = np.zeros((0, a.shape[1]))
    scale = 0.0 if p >= 1.0 else 1.0 / (1.0 - p)
    for i in range(a.shape[0]):
        out = np.append(out, (a[i] * (u[i] >= p) * scale)[None, :], axis=0)
    return out


def forward(x, p, u, training):
    return _dropout(x, p, u, training)


def backward(dout, p, u, training):
    return _dropout(dout, p, u, training)
