"""Seeded inputs for the two functions.

kind = "step": {"X", "y", "W1", "b1", "W2", "b2", "lr"}: n samples of d features, h hidden
    units. X ~ N(0, 1) (or integers in [-2, 2] with integer=True); W1 He-initialised
    (N(0, 2/d)), b1 ~ N(0, 0.1), W2 ~ N(0, 1/h), b2 = `b2` (integer=True: integer weights and
    biases, so many pre-activations are exactly 0). labels: "teacher" (y from a random
    network, 10% flipped) or "random". logit > 0 rescales W2 and b2 so that the largest
    |logit| is `logit` (1000: confidently right and wrong samples, where a naive BCE
    overflows). dead = fraction of hidden units whose b1 is set to -100 (never active).
kind = "xor": {"W1", "b1", "W2", "b2", "lr", "epochs"} for h hidden units:
    W1 ~ N(0, 1) (He for d = 2), b1 = 0 (bias="zero") or N(0, 0.1) (bias="small"),
    W2 ~ N(0, 1/h), b2 = 0.
"""

import random

import numpy as np


def generate(rng: random.Random, kind: str, **params) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if kind == "step":
        return _step(numbers, **params)
    if kind == "xor":
        return _xor(numbers, **params)
    raise ValueError(f"unknown kind {kind!r}")


def _step(
    numbers,
    n: int,
    d: int,
    h: int,
    lr: float = 0.1,
    b2: float = 0.0,
    integer: bool = False,
    labels: str = "teacher",
    logit: float = 0.0,
    dead: float = 0.0,
) -> dict:
    if integer:
        X = numbers.integers(-2, 3, size=(n, d)).astype(np.float64)
        W1 = numbers.integers(-2, 3, size=(d, h)).astype(np.float64)
        b1 = numbers.integers(-1, 2, size=h).astype(np.float64)
        W2 = numbers.integers(-2, 3, size=h).astype(np.float64)
    else:
        X = numbers.normal(0.0, 1.0, size=(n, d))
        W1 = numbers.normal(0.0, np.sqrt(2.0 / d), size=(d, h))
        b1 = numbers.normal(0.0, 0.1, size=h)
        W2 = numbers.normal(0.0, np.sqrt(1.0 / h), size=h)
    b1[numbers.random(h) < dead] = -100.0
    if labels == "teacher":
        teacher = numbers.normal(0.0, 1.0, size=(d, h))
        score = np.maximum(X @ teacher, 0.0) @ numbers.normal(0.0, 1.0, size=h)
        y = (score > np.median(score)).astype(np.int64)
        flip = numbers.random(n) < 0.1
        y = np.where(flip, 1 - y, y)
    elif labels == "random":
        y = numbers.integers(0, 2, size=n)
    else:
        raise ValueError(f"unknown labels {labels!r}")
    if logit > 0:
        z2 = np.maximum(X @ W1 + b1, 0.0) @ W2 + b2
        scale = logit / max(float(np.abs(z2).max(initial=0.0)), 1e-12)
        W2, b2 = W2 * scale, b2 * scale
    return {"X": X, "y": y, "W1": W1, "b1": b1, "W2": W2, "b2": float(b2), "lr": float(lr)}


def _xor(numbers, h: int, lr: float, epochs: int, bias: str = "zero") -> dict:
    W1 = numbers.normal(0.0, 1.0, size=(2, h))
    b1 = np.zeros(h) if bias == "zero" else numbers.normal(0.0, 0.1, size=h)
    W2 = numbers.normal(0.0, np.sqrt(1.0 / h), size=h)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": 0.0, "lr": float(lr), "epochs": int(epochs)}
