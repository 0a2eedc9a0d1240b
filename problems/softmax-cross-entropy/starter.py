"""Softmax, mean cross-entropy loss and its gradient over a batch of logits.

Z: float64 array (n, C), one row of logits per sample (n >= 1, C >= 1); y: int64 array (n,)
of labels in [0, C). Stable for logits of +-1000: never nan or inf.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def softmax(Z: np.ndarray) -> np.ndarray:
    """Row-wise softmax: an (n, C) array whose rows sum to 1."""
    raise NotImplementedError


def cross_entropy(Z: np.ndarray, y: np.ndarray) -> float:
    """Mean over the batch of -log softmax(Z)[i, y[i]] (natural log), as a float."""
    raise NotImplementedError


def grad(Z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Gradient of cross_entropy(Z, y) with respect to Z: an (n, C) array."""
    raise NotImplementedError
