"""Seeded inputs: ``generate(rng, kind, n, d, p, **params)`` -> {"x", "p", "u", "training"}
(kind = "forward") or {"dout", "p", "u", "training"} (kind = "backward").

x (or dout): n x d values, scale * N(0, 1), or with `integers`, whole numbers in
[-integers, integers] (short to print: what the largest tests use). u: n x d uniforms in
[0, 1); a fraction `ties` of them is set to exactly p (kept: the mask is u >= p) when p < 1.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    kind: str,
    n: int,
    d: int,
    p: float,
    training: bool = True,
    scale: float = 1.0,
    integers: int = 0,
    ties: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    if integers:
        values = numbers.integers(-integers, integers + 1, size=(n, d)).astype(np.float64)
    else:
        values = scale * numbers.standard_normal((n, d))
    u = numbers.random((n, d))
    if p < 1.0:
        u[numbers.random((n, d)) < ties] = p
    name = {"forward": "x", "backward": "dout"}.get(kind)
    if name is None:
        raise ValueError(f"unknown kind {kind!r}")
    return {name: values, "p": float(p), "u": u, "training": bool(training)}
