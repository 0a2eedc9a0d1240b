"""Too slow: the right algorithm, but a pure-Python loop over every edge in every update
(tens of millions of interpreted steps on the largest tests)."""


def pagerank(n, edges, damping, tol, max_iter):
    out_degree = [0] * n
    for u, _ in edges:
        out_degree[u] += 1
    dangling = [u for u in range(n) if out_degree[u] == 0]
    ranks = [1.0 / n] * n
    iterations = 0
    for _ in range(max_iter):
        flow = [0.0] * n
        for u, v in edges:
            flow[v] += ranks[u] / out_degree[u]
        spread = sum(ranks[u] for u in dangling) / n
        new = [(1.0 - damping) / n + damping * (f + spread) for f in flow]
        change = sum(abs(a - b) for a, b in zip(new, ranks))
        ranks = new
        iterations += 1
        if change <= tol:
            break
    return ranks, iterations
