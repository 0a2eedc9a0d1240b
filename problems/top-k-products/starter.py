"""Top-k most popular products.

Return the k most frequently bought product ids, most frequent first, ties broken by product
id ascending. Allowed imports: the standard library and numpy.
"""


def top_k_products(purchases: list[str], k: int) -> list[str]:
    # Hint: count with a dict, then keep only the best k candidates in a heap of size k.
    raise NotImplementedError
