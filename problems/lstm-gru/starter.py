"""Forward pass of one LSTM layer and one GRU layer over a batch of sequences, exactly as
PyTorch's nn.LSTM and nn.GRU (batch_first=False, one layer, one direction): gate order
i, f, g, o (LSTM) and r, z, n (GRU); weights used as x @ W.T; b_ih and b_hh both added; the
GRU's reset gate multiplies (W_hn h + b_hn). Inputs are float64; compute in float64.

X: (T, N, D); h0, c0: (N, H); W_ih: (G*H, D); W_hh: (G*H, H); b_ih, b_hh: (G*H,), G = 4 / 3.
Return output (T, N, H) (h after every step), h_T (N, H) and, for the LSTM, c_T (N, H).
Allowed imports: the standard library and numpy.
"""

import numpy as np


def lstm_forward(
    X: np.ndarray,
    h0: np.ndarray,
    c0: np.ndarray,
    W_ih: np.ndarray,
    W_hh: np.ndarray,
    b_ih: np.ndarray,
    b_hh: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    raise NotImplementedError


def gru_forward(
    X: np.ndarray,
    h0: np.ndarray,
    W_ih: np.ndarray,
    W_hh: np.ndarray,
    b_ih: np.ndarray,
    b_hh: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    raise NotImplementedError
