"""Inverted dropout (as PyTorch's nn.Dropout), forward and backward, with the random draws given.

x, dout, u: float64 arrays of one shape (n, d); u holds uniforms in [0, 1): entry (i, j) is
kept when u[i, j] >= p. p: float in [0, 1]; training: bool (False: the identity).
Allowed imports: the standard library and numpy.
"""

import numpy as np


def forward(x: np.ndarray, p: float, u: np.ndarray, training: bool) -> np.ndarray:
    """The dropout layer's output: an array of x's shape."""
    raise NotImplementedError


def backward(dout: np.ndarray, p: float, u: np.ndarray, training: bool) -> np.ndarray:
    """The gradient of the loss with respect to x, given dout (its gradient w.r.t. the output)."""
    raise NotImplementedError
