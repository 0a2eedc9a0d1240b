"""Counter.most_common keeps first-seen order on ties instead of ordering by id."""

from collections import Counter


def top_k_products(purchases, k):
    if k <= 0:
        return []
    return [product for product, _ in Counter(purchases).most_common(k)]
