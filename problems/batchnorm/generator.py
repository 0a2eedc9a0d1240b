"""Seeded inputs: ``generate(rng, kind, n, d, **params)``.

kind = "forward" -> {x, gamma, beta, running_mean, running_var, momentum, eps, training};
kind = "backward" -> {dout, x, gamma, eps}.

x: n rows of d features; feature j is Gaussian with mean offset_j and standard deviation
scale_j, where offset_j = offset * (1 + U(-0.1, 0.1)) and scale_j = scale * 10^U(-spread, spread).
The last `constant` features are constant (every row the same value, drawn U(-5, 5): variance 0,
so eps decides their normalisation). `integers`: round x to integers (exact sums).
affine: "identity" (gamma = 1, beta = 0, PyTorch's initial values) or "random" (gamma ~
N(1, 0.5) with a few negative, beta ~ N(0, 1)). running: "init" (PyTorch's initial running
stats, 0 and 1), "near" (close to the batch's own stats) or "random".
pruned: that many features (chosen at random) get gamma = beta = 0, a channel switched off
as network slimming prunes them: its out and dx are exactly 0.
dout: N(0, 1) per entry, times `dout_scale`.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    kind: str,
    n: int,
    d: int,
    offset: float = 0.0,
    scale: float = 1.0,
    spread: float = 0.0,
    constant: int = 0,
    integers: bool = False,
    affine: str = "random",
    running: str = "near",
    momentum: float = 0.1,
    eps: float = 1e-5,
    training: bool = True,
    dout_scale: float = 1.0,
    pruned: int = 0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    means = offset * (1.0 + numbers.uniform(-0.1, 0.1, size=d))
    scales = scale * 10.0 ** numbers.uniform(-spread, spread, size=d)
    x = means + scales * numbers.standard_normal((n, d))
    if constant:
        x[:, d - constant :] = numbers.uniform(-5.0, 5.0, size=constant)
    if integers:
        x = np.round(x)
    if affine == "identity":
        gamma, beta = np.ones(d), np.zeros(d)
    elif affine == "random":
        gamma = numbers.normal(1.0, 0.5, size=d)
        beta = numbers.standard_normal(d)
    else:
        raise ValueError(f"unknown affine {affine!r}")
    off = numbers.choice(d, size=pruned, replace=False)
    gamma[off], beta[off] = 0.0, 0.0
    if kind == "backward":
        dout = dout_scale * numbers.standard_normal((n, d))
        return {"dout": dout, "x": x, "gamma": gamma, "eps": float(eps)}
    if kind != "forward":
        raise ValueError(f"unknown kind {kind!r}")
    if running == "init":
        running_mean, running_var = np.zeros(d), np.ones(d)
    elif running == "near":
        running_mean = means + 0.1 * scales * numbers.standard_normal(d)
        running_var = scales**2 * numbers.uniform(0.8, 1.2, size=d)
    elif running == "random":
        running_mean = numbers.standard_normal(d)
        running_var = numbers.uniform(0.1, 3.0, size=d)
    else:
        raise ValueError(f"unknown running {running!r}")
    return {
        "x": x,
        "gamma": gamma,
        "beta": beta,
        "running_mean": running_mean,
        "running_var": running_var,
        "momentum": float(momentum),
        "eps": float(eps),
        "training": bool(training),
    }
