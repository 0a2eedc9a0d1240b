"""Counter, then the best k kept in a plain list: a product that beats the worst one kept
replaces it, and the worst is found by scanning the list every time. Linear in n for k = 10,
but O(n + d k) in all: k times slower than a heap's log k as k grows (the k sweep shows it)."""

from collections import Counter


def top_k_products(purchases, k):
    if k <= 0:
        return []
    best = []  # (-count, product): the smallest is the best, the largest the worst kept
    for product, count in Counter(purchases).items():
        key = (-count, product)
        if len(best) < k:
            best.append(key)
            continue
        worst = max(best)
        if key < worst:
            best.remove(worst)
            best.append(key)
    return [product for _, product in sorted(best)]
