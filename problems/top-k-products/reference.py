"""Reference solution: count with a hash map, keep the best k in a size-k min-heap.

O(n + d log k) time for n purchases of d distinct products, O(d) extra space.
"""

import heapq
from collections import Counter


class _Rank:
    """Heap key where the *worst* of the kept products sits on top: fewer purchases, then larger id."""

    __slots__ = ("count", "product")

    def __init__(self, count: int, product: str) -> None:
        self.count = count
        self.product = product

    def __lt__(self, other: "_Rank") -> bool:
        if self.count != other.count:
            return self.count < other.count
        return self.product > other.product


def top_k_products(purchases: list[str], k: int) -> list[str]:
    if k <= 0 or not purchases:
        return []
    heap: list[_Rank] = []
    for product, count in Counter(purchases).items():
        rank = _Rank(count, product)
        if len(heap) < k:
            heapq.heappush(heap, rank)
        elif heap[0] < rank:
            heapq.heapreplace(heap, rank)
    best = sorted(heap, reverse=True)
    return [rank.product for rank in best]
