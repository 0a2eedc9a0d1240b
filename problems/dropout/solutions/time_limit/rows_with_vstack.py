"""Too slow: builds the output row by row, growing it with np.vstack. Each vstack copies
everything stacked so far, so n rows cost O(n^2 d): fine for a few thousand rows, hopeless for
5 x 10^5 (about 4 x 10^12 bytes copied). (A plain pure-Python double loop over the entries is
O(n d) and, on this problem, only a few times slower than returning the result itself: it
passes.)"""

import numpy as np


def _dropout(a, p, u, training):
    n, d = a.shape
    out = np.empty((0, d))
    for i in range(n):
        if training:
            with np.errstate(divide="ignore", invalid="ignore"):
                row = np.where(u[i] >= p, a[i] / (1.0 - p), 0.0)
        else:
            row = a[i]
        out = np.vstack([out, row])
    return out


def forward(x, p, u, training):
    return _dropout(x, p, u, training)


def backward(dout, p, u, training):
    return _dropout(dout, p, u, training)
