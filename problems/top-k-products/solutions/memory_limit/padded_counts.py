"""Keeps a 1,000-slot history per purchase "for later analysis": memory grows as 1000 * n."""

from collections import Counter


def top_k_products(purchases, k):
    history = [[0] * 1000 for _ in purchases]
    ranked = sorted(Counter(purchases).items(), key=lambda item: (-item[1], item[0]))
    history.clear()
    return [product for product, _ in ranked[: max(k, 0)]]
