"""Accepted: the textbook bucket sort. Count, put each product in the bucket of its count (one
bucket per possible count, 0..n), then walk the buckets from the highest count down, each
bucket's ids in ascending order. O(n + d log d) time in the worst case, O(n) extra space."""

from collections import Counter


def top_k_products(purchases, k):
    if k <= 0:
        return []
    counts = Counter(purchases)
    buckets = [[] for _ in range(len(purchases) + 1)]
    for product, count in counts.items():
        buckets[count].append(product)
    best = []
    for count in range(len(buckets) - 1, 0, -1):
        for product in sorted(buckets[count]):
            best.append(product)
            if len(best) == k:
                return best
    return best
