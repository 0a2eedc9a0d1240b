"""Counter + a size-k heap, with the tie rule encoded in the heap key."""

import heapq
from collections import Counter


def top_k_products(purchases, k):
    if k <= 0:
        return []
    counts = Counter(purchases)
    best = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [product for product, _ in best]
