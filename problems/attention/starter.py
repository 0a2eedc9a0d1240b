"""Scaled dot-product attention with a boolean mask, and multi-head self-attention.

mask[i, j] True means query i may attend to key j; a row with no allowed key gives weights 0
and output 0 (never nan). Row-vector convention (Q = X @ Wq); heads are contiguous column
blocks of width d_model // heads, scaled by 1 / sqrt(d_model // heads); no biases.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def scaled_dot_product(
    Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError


def multi_head(
    X: np.ndarray, Wq: np.ndarray, Wk: np.ndarray, Wv: np.ndarray, Wo: np.ndarray, heads: int, causal: bool
) -> np.ndarray:
    raise NotImplementedError
