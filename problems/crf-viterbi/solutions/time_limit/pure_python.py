"""Too slow: the right DP in pure Python, a triple loop over words, next tags and previous
tags (T * S^2 = 4 * 10^7 interpreted steps on the largest tests)."""

import math


def viterbi(emissions, transitions, start, end):
    E, A = emissions.tolist(), transitions.tolist()
    T, S = len(E), len(A)
    best = [start[j] + E[0][j] for j in range(S)]
    back = []
    for t in range(1, T):
        new, ptr = [], []
        for j in range(S):
            arg, top = 0, best[0] + A[0][j]
            for i in range(1, S):
                value = best[i] + A[i][j]
                if value > top:
                    arg, top = i, value
            new.append(top + E[t][j])
            ptr.append(arg)
        best = new
        back.append(ptr)
    final = [best[j] + end[j] for j in range(S)]
    tag = max(range(S), key=lambda j: (final[j], -j))
    score = final[tag]
    path = [tag]
    for ptr in reversed(back):
        tag = ptr[tag]
        path.append(tag)
    return path[::-1], float(score)


def _logsumexp(values):
    top = max(values)
    if top == -math.inf:
        return -math.inf
    return top + math.log(sum(math.exp(v - top) for v in values))


def forward_logsumexp(emissions, transitions, start, end):
    E, A = emissions.tolist(), transitions.tolist()
    T, S = len(E), len(A)
    alpha = [start[j] + E[0][j] for j in range(S)]
    for t in range(1, T):
        alpha = [_logsumexp([alpha[i] + A[i][j] for i in range(S)]) + E[t][j] for j in range(S)]
    return float(_logsumexp([alpha[j] + end[j] for j in range(S)]))
