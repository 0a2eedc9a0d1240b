"""Correct answers, but purchases.count(p) for every distinct product is O(n * d)."""


def top_k_products(purchases, k):
    distinct = sorted(set(purchases))
    counts = [(purchases.count(product), product) for product in distinct]
    counts.sort(key=lambda pair: (-pair[0], pair[1]))
    return [product for _, product in counts[: max(k, 0)]]
