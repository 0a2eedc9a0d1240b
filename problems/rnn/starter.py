"""A one-layer tanh RNN over a batch (as PyTorch's nn.RNN, row-vector convention):
h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b), t = 1..T.

forward returns H = [h_1, ..., h_T] of shape (T, N, H) (h0 not included); backward returns the
gradients (dX, dh0, dWx, dWh, db) of L = sum(dH * H), through every time step.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def forward(X: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    raise NotImplementedError


def backward(
    dH: np.ndarray, X: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    raise NotImplementedError
