"""Seeded inputs: ``generate(rng, n, d, C, s, m, angles, parallel, spread)`` ->
{"emb", "W", "labels", "s", "m"}.

W: C Gaussian class rows of dimension d, each rescaled by 10**u, u uniform in
[-spread/2, spread/2] (spread = 0: natural norms ~ sqrt(d)). labels uniform in [0, C).
angles: how each embedding sits relative to its own class row:
  "random"  - a Gaussian vector (target angles near pi/2 in high dimension);
  "uniform" - target angle theta uniform in [0, pi] (half the rows beyond pi/2, some beyond
              pi - m, where the threshold branch applies);
  "low"     - theta uniform in [0, 0.6] (confident rows, small loss);
  "high"    - theta uniform in [pi - 2m, pi] (around and beyond the threshold).
  The embedding is cos(theta) * w_hat + sin(theta) * u (u a random unit vector orthogonal to
  its class row w_hat), rescaled like W by 10**u.
parallel: fraction of rows set to an exact multiple of their class row, half of them with a
negative factor (theta = 0 or pi exactly; the rounded cosine can leave [-1, 1] by an ulp).
Rows whose target cosine lands within 1e-7 of the threshold -cos(m) are moved away from it
(m > 0), so the two branches never compete by rounding.
"""

import random

import numpy as np


def generate(
    rng: random.Random,
    n: int,
    d: int,
    C: int,
    s: float = 64.0,
    m: float = 0.5,
    angles: str = "uniform",
    parallel: float = 0.0,
    spread: float = 0.0,
) -> dict:
    numbers = np.random.default_rng(rng.getrandbits(64))
    W = numbers.normal(size=(C, d)) * _scales(numbers, C, spread)
    labels = numbers.integers(0, C, size=n)
    w_hat = W[labels] / np.linalg.norm(W[labels], axis=1, keepdims=True)
    if angles == "random":
        emb = numbers.normal(size=(n, d))
    else:
        low, high = {"uniform": (0.0, np.pi), "low": (0.0, 0.6), "high": (np.pi - 2 * m, np.pi)}[angles]
        theta = numbers.uniform(low, high, size=n)
        emb = _at_angle(numbers, w_hat, theta)
    emb *= _scales(numbers, n, spread)
    chosen = numbers.random(n) < parallel
    factor = _scales(numbers, n, spread)[:, 0] * np.where(numbers.random(n) < 0.5, 1.0, -1.0)
    emb[chosen] = W[labels[chosen]] * factor[chosen, None]
    if m > 0:
        for _ in range(100):
            cos = (emb * w_hat).sum(axis=1) / np.linalg.norm(emb, axis=1)
            near = np.flatnonzero(np.abs(cos + np.cos(m)) < 1e-7)
            if near.size == 0:
                break
            emb[near] = _at_angle(numbers, w_hat[near], np.arccos(cos[near]) - 1e-3)
    return {"emb": emb, "W": W, "labels": labels, "s": float(s), "m": float(m)}


def _scales(numbers, count, spread):
    return 10.0 ** numbers.uniform(-spread / 2, spread / 2, size=(count, 1))


def _at_angle(numbers, w_hat, theta):
    g = numbers.normal(size=w_hat.shape)
    u = g - (g * w_hat).sum(axis=1, keepdims=True) * w_hat
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    return np.cos(theta)[:, None] * w_hat + np.sin(theta)[:, None] * u
