"""Seeded inputs for generated cases: ``generate(rng, **params) -> {"purchases", "k"}``.

shapes: uniform (every product equally likely), zipf (a few best-sellers, a long tail),
distinct (every purchase a new product: all counts tie at 1), equal (every product bought
exactly the same number of times, shuffled).
"""

import random


def generate(rng: random.Random, n: int, distinct: int, k: int, shape: str, id_length: int = 8) -> dict:
    products = _product_ids(rng, distinct, id_length)
    if shape == "uniform":
        purchases = rng.choices(products, k=n)
    elif shape == "zipf":
        weights = [1.0 / (rank + 1) ** 1.1 for rank in range(distinct)]
        purchases = rng.choices(products, weights=weights, k=n)
    elif shape == "distinct":
        purchases = products[:n]
    elif shape == "equal":
        purchases = products * (n // distinct)
        rng.shuffle(purchases)
    else:
        raise ValueError(f"unknown shape {shape!r}")
    return {"purchases": purchases, "k": k}


def _product_ids(rng: random.Random, count: int, length: int) -> list[str]:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    seen: set[str] = set()
    ids = []
    while len(ids) < count:
        candidate = "".join(rng.choices(alphabet, k=length))
        if candidate not in seen:
            seen.add(candidate)
            ids.append(candidate)
    return ids
