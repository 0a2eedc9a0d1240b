"""Too much memory: builds every step's (S, S) score table up front as one (T, S, S) array,
emissions[1:, None, :] + transitions, then runs the DP over its slices. O(T S^2) memory:
324 MB at T = 20 000, S = 45, 1 GB at T = 500, S = 500, where the DP needs O(T S)."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    table = emissions[1:, None, :] + transitions[None, :, :]  # table[t-1, i, j]
    best = start + emissions[0]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = best[:, None] + table[t - 1]
        back[t] = np.argmax(scores, axis=0)
        best = scores[back[t], np.arange(S)]
    final = best + end
    path = [int(np.argmax(final))]
    for t in range(T - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1], float(final.max())


def forward_logsumexp(emissions, transitions, start, end):
    table = emissions[1:, None, :] + transitions[None, :, :]
    alpha = start + emissions[0]
    for step in table:
        alpha = _logsumexp(alpha[:, None] + step)
    return float(_logsumexp(alpha + end))


def _logsumexp(x):
    top = x.max(axis=0)
    top = np.where(np.isneginf(top), 0.0, top)
    with np.errstate(divide="ignore"):
        return np.log(np.exp(x - top).sum(axis=0)) + top
