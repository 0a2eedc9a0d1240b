"""Too slow: the three sums as pure-Python double loops over the rows and the columns,
entry by entry (millions of interpreted steps on the largest tests)."""

import math


def entropy(p):
    n, k = p.shape
    result = [0.0] * n
    for i in range(n):
        for j in range(k):
            if p[i][j] > 0:
                result[i] -= p[i][j] * math.log(p[i][j])
    return result


def cross_entropy(p, q):
    n, k = p.shape
    result = [0.0] * n
    for i in range(n):
        for j in range(k):
            if p[i][j] > 0:
                if q[i][j] == 0:
                    result[i] = math.inf
                    break
                result[i] -= p[i][j] * math.log(q[i][j])
    return result


def kl_divergence(p, q):
    n, k = p.shape
    result = [0.0] * n
    for i in range(n):
        for j in range(k):
            if p[i][j] > 0:
                if q[i][j] == 0:
                    result[i] = math.inf
                    break
                result[i] += p[i][j] * (math.log(p[i][j]) - math.log(q[i][j]))
    return result
