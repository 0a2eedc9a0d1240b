"""Seeded inputs: ``generate(rng, cell, T, N, D, H, **params)`` -> the arguments of
lstm_forward (cell = "lstm": X, h0, c0, W_ih, W_hh, b_ih, b_hh) or gru_forward (cell = "gru":
X, h0, W_ih, W_hh, b_ih, b_hh), with G = 4 (LSTM) or 3 (GRU) gates.

T time steps, N sequences in the batch, D input features, H hidden units.
X ~ Normal(0, x_scale), shape (T, N, D).
Weights and biases ~ Uniform(-k, k) with k = w_scale / sqrt(H) (w_scale = 1 is PyTorch's own
initialisation): W_ih (G*H, D), W_hh (G*H, H), b_ih and b_hh (G*H,). A large w_scale (with a
large x_scale) saturates the gates: pre-activations of several hundred or thousand, where
exp(x) overflows.
state: "zero" (h0 = c0 = 0, PyTorch's default) or "random" (h0 in (-1, 1), c0 ~ Normal(0, 1)).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    cell: str,
    T: int,
    N: int,
    D: int,
    H: int,
    w_scale: float = 1.0,
    x_scale: float = 1.0,
    state: str = "random",
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if cell not in ("lstm", "gru"):
        raise ValueError(f"unknown cell {cell!r}")
    gates = 4 if cell == "lstm" else 3
    k = w_scale / np.sqrt(H)
    X = numbers.normal(0.0, x_scale, size=(T, N, D))
    W_ih = numbers.uniform(-k, k, size=(gates * H, D))
    W_hh = numbers.uniform(-k, k, size=(gates * H, H))
    b_ih = numbers.uniform(-k, k, size=gates * H)
    b_hh = numbers.uniform(-k, k, size=gates * H)
    if state == "zero":
        h0, c0 = np.zeros((N, H)), np.zeros((N, H))
    elif state == "random":
        h0, c0 = numbers.uniform(-1.0, 1.0, size=(N, H)), numbers.normal(0.0, 1.0, size=(N, H))
    else:
        raise ValueError(f"unknown state {state!r}")
    if cell == "gru":
        return {"X": X, "h0": h0, "W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": b_hh}
    return {"X": X, "h0": h0, "c0": c0, "W_ih": W_ih, "W_hh": W_hh, "b_ih": b_ih, "b_hh": b_hh}
