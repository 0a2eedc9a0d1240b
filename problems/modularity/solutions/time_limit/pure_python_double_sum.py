"""Too slow: the expected term as the textbook double sum over all node pairs,
sum_ij k_i k_j [c_i == c_j], in pure Python -- O(V^2) (4 x 10^10 pairs on the largest
tests). The observed term comes from the edges."""


def modularity(n, edges, weights, communities):
    if len(weights) == 0:
        return 0.0
    c = communities.tolist()
    k = [0.0] * n
    m = 0.0
    observed = 0.0
    for u, v, w in zip(edges[:, 0].tolist(), edges[:, 1].tolist(), weights.tolist()):
        k[u] += w
        k[v] += w  # a self-loop adds 2w
        m += w
        if c[u] == c[v]:
            observed += 2 * w  # A_uv + A_vu, or A_uu = 2w
    expected = 0.0
    for i in range(n):
        for j in range(n):
            if c[i] == c[j]:
                expected += k[i] * k[j]
    return (observed - expected / (2 * m)) / (2 * m)
