"""Too much memory: dropout written as the matrix it is, out_i = D_i x_i with one diagonal
matrix D_i = diag(mask_i) / (1 - p) per row, built as an (n, d, d) array and applied with
einsum. Right, but d times the memory of x (and d times the work): 1 GB for 2000 rows of 256."""

import numpy as np


def _diagonals(p, u):
    d = u.shape[1]
    scale = 0.0 if p >= 1.0 else 1.0 / (1.0 - p)
    return (u >= p)[:, :, None] * np.eye(d)[None, :, :] * scale


def forward(x, p, u, training):
    if not training:
        return x.copy()
    return np.einsum("nij,nj->ni", _diagonals(p, u), x)


def backward(dout, p, u, training):
    if not training:
        return dout.copy()
    return np.einsum("nji,nj->ni", _diagonals(p, u), dout)
