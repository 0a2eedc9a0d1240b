"""Forgets the empty and k = 0 cases: indexing an empty ranking raises IndexError."""

from collections import Counter


def top_k_products(purchases, k):
    ranked = sorted(Counter(purchases).items(), key=lambda item: (-item[1], item[0]))
    leader = ranked[0][0]
    top = [leader] + [product for product, _ in ranked[1:k]]
    if k == 0:
        return []
    return top
