"""Count with a dict, then sort every distinct product: O(n + d log d), also accepted."""


def top_k_products(purchases, k):
    counts = {}
    for product in purchases:
        counts[product] = counts.get(product, 0) + 1
    ranked = sorted(counts, key=lambda product: (-counts[product], product))
    return ranked[: max(k, 0)]
