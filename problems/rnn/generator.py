"""Seeded inputs: ``generate(rng, kind, T, N, D, H, **params)`` -> the arguments of
``forward`` (kind = "forward": X, h0, Wx, Wh, b) or ``backward`` (kind = "backward": dH too).

X (T, N, D) has N(0, x_scale^2) entries; Wx is N(0, (in_gain^2) / D), Wh is
N(0, gain^2 / H) (spectral radius about `gain`: below 1 the gradients vanish over long
sequences; a large in_gain saturates tanh), b is N(0, bias^2), h0 is uniform in
(-h0_scale, h0_scale) and dH is N(0, dh_scale^2). zero = "weights" sets Wx, Wh and b to 0;
zero = "recurrent" sets Wh to 0; zero = "dH" sets dH to 0; last_only = True keeps dH only at
the last step (the whole gradient then flows back through time).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    kind: str,
    T: int,
    N: int,
    D: int,
    H: int,
    gain: float = 0.9,
    in_gain: float = 1.0,
    x_scale: float = 1.0,
    bias: float = 0.1,
    h0_scale: float = 0.5,
    dh_scale: float = 1.0,
    zero: str = "",
    last_only: bool = False,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    X = numbers.normal(0.0, x_scale, size=(T, N, D))
    h0 = numbers.uniform(-h0_scale, h0_scale, size=(N, H))
    Wx = numbers.normal(0.0, in_gain / np.sqrt(D), size=(D, H))
    Wh = numbers.normal(0.0, gain / np.sqrt(H), size=(H, H))
    b = numbers.normal(0.0, bias, size=H)
    if zero == "weights":
        Wx[:], Wh[:], b[:] = 0.0, 0.0, 0.0
    elif zero == "recurrent":
        Wh[:] = 0.0
    args = {"X": X, "h0": h0, "Wx": Wx, "Wh": Wh, "b": b}
    if kind == "forward":
        return args
    dH = numbers.normal(0.0, dh_scale, size=(T, N, H))
    if zero == "dH":
        dH[:] = 0.0
    if last_only:
        dH[:-1] = 0.0
    return {"dH": dH, **args}
