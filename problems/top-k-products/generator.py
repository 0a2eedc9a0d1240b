"""Seeded inputs for generated cases: ``generate(rng, **params) -> {"purchases", "k"}``.

shapes: uniform (every product equally likely), zipf (a few best-sellers, a long tail),
distinct (every purchase a new product: all counts tie at 1), equal (every product bought
exactly the same number of times, shuffled).
"""

import random

import numpy


def generate(rng: random.Random, n: int, distinct: int, k: int, shape: str, id_length: int = 8) -> dict:
    products = _product_ids(rng, distinct, id_length)
    if shape == "uniform":
        purchases = _draw(rng, products, numpy.ones(distinct), n)
    elif shape == "zipf":
        purchases = _draw(rng, products, 1.0 / numpy.arange(1, distinct + 1) ** 1.1, n)
    elif shape == "distinct":
        purchases = products[:n]
    elif shape == "equal":
        purchases = products * (n // distinct)
        rng.shuffle(purchases)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return {"purchases": purchases, "k": k}


def _product_ids(rng: random.Random, count: int, length: int) -> list[str]:
    """``count`` distinct random ids of ``length`` lowercase letters and digits."""
    alphabet = numpy.frombuffer(b"abcdefghijklmnopqrstuvwxyz0123456789", dtype=numpy.uint8)
    draws = numpy.random.default_rng(rng.getrandbits(64))
    seen: set[str] = set()
    ids: list[str] = []
    while len(ids) < count:
        wanted = count - len(ids)
        chars = alphabet[draws.integers(0, len(alphabet), size=wanted * length)]
        for candidate in chars.view(f"S{length}").astype(f"U{length}").tolist():
            if candidate not in seen:
                seen.add(candidate)
                ids.append(candidate)
    return ids[:count]


def _draw(rng: random.Random, products: list[str], weights: numpy.ndarray, n: int) -> list[str]:
    """n products drawn with the given weights (numpy: a growth curve draws a million per run,
    which random.choices takes half a second for)."""
    draws = numpy.random.default_rng(rng.getrandbits(64))
    picked = draws.choice(len(products), size=n, p=weights / weights.sum())
    return numpy.array(products, dtype=object)[picked].tolist()
