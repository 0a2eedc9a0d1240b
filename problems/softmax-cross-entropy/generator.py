"""Seeded inputs: ``generate(rng, kind, n, C, **params)`` -> {"Z"} (kind = "logits", for
softmax) or {"Z", "y"} (kind = "labelled", for cross_entropy and grad).

Z: n rows of C logits, offset + scale * N(0, 1). A fraction `extreme` of the rows instead holds
logits drawn uniformly from [-1000, 1000] (exp overflows / underflows there), a fraction `ties`
is one repeated value (a uniform softmax row), and `shift` is added to every entry.
y: labels in [0, C): "random" (uniform), "worst" (each row's smallest logit: the true class is
the least likely one, so its probability can underflow to 0) or "best" (the largest logit).
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    kind: str,
    n: int,
    C: int,
    scale: float = 3.0,
    shift: float = 0.0,
    extreme: float = 0.0,
    ties: float = 0.0,
    labels: str = "random",
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    Z = shift + scale * numbers.standard_normal((n, C))
    wild = numbers.random(n) < extreme
    Z[wild] = numbers.uniform(-1000.0, 1000.0, size=(int(wild.sum()), C))
    flat = numbers.random(n) < ties
    Z[flat] = numbers.uniform(-1000.0, 1000.0, size=(int(flat.sum()), 1))
    if kind == "logits":
        return {"Z": Z}
    if kind != "labelled":
        raise ValueError(f"unknown kind {kind!r}")
    if labels == "random":
        y = numbers.integers(0, C, size=n)
    elif labels == "worst":
        y = Z.argmin(axis=1)
    elif labels == "best":
        y = Z.argmax(axis=1)
    else:
        raise ValueError(f"unknown labels {labels!r}")
    return {"Z": Z, "y": y.astype(np.int64)}
