"""Reference: one LSTM layer and one GRU layer run forward over a batch of sequences, exactly as
PyTorch's nn.LSTM / nn.GRU (gate order i, f, g, o and r, z, n; weights applied as x @ W.T).
The input projection of every time step is one matrix product up front; the recurrence is a
loop over time (each step needs the previous h), vectorised over the batch and the units.
sigmoid(x) = exp(-log(1 + exp(-x))), via logaddexp: no overflow for any finite x."""

import numpy as np


def _sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def lstm_forward(X, h0, c0, W_ih, W_hh, b_ih, b_hh):
    steps, batch = X.shape[0], X.shape[1]
    hidden = W_hh.shape[1]
    projected = X @ W_ih.T + b_ih  # (T, N, 4H): W_ih x_t + b_ih for every step at once
    output = np.empty((steps, batch, hidden))
    h, c = h0, c0
    for t in range(steps):
        gates = projected[t] + h @ W_hh.T + b_hh
        i = _sigmoid(gates[:, :hidden])
        f = _sigmoid(gates[:, hidden : 2 * hidden])
        g = np.tanh(gates[:, 2 * hidden : 3 * hidden])
        o = _sigmoid(gates[:, 3 * hidden :])
        c = f * c + i * g
        h = o * np.tanh(c)
        output[t] = h
    return output, h, c


def gru_forward(X, h0, W_ih, W_hh, b_ih, b_hh):
    steps, batch = X.shape[0], X.shape[1]
    hidden = W_hh.shape[1]
    projected = X @ W_ih.T + b_ih  # (T, N, 3H): W_i* x_t + b_i* for every step at once
    output = np.empty((steps, batch, hidden))
    h = h0
    for t in range(steps):
        x_part = projected[t]
        h_part = h @ W_hh.T + b_hh  # W_h* h + b_h*, b_hn included: r scales all of it
        r = _sigmoid(x_part[:, :hidden] + h_part[:, :hidden])
        z = _sigmoid(x_part[:, hidden : 2 * hidden] + h_part[:, hidden : 2 * hidden])
        n = np.tanh(x_part[:, 2 * hidden :] + r * h_part[:, 2 * hidden :])
        h = (1.0 - z) * n + z * h
        output[t] = h
    return output, h
