"""A heap of (count, id) tuples: breaks ties toward the *larger* id, against the statement."""

import heapq
from collections import Counter


def top_k_products(purchases, k):
    if k <= 0:
        return []
    best = heapq.nlargest(k, ((count, product) for product, count in Counter(purchases).items()))
    return [product for _, product in best]
