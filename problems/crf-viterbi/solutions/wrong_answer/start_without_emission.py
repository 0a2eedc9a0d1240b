"""Wrong (off by one in time): initialises the DP with start alone and adds the emissions
from t = 1 on, so the first word's emission never counts (also in log Z)."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    best = start.copy()
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = best[:, None] + transitions
        back[t] = np.argmax(scores, axis=0)
        best = scores.max(axis=0) + emissions[t]
    final = best + end
    path = [int(np.argmax(final))]
    for t in range(T - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1], float(final.max())


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start.copy()
    for t in range(1, emissions.shape[0]):
        alpha = _logsumexp(alpha[:, None] + transitions) + emissions[t]
    return float(_logsumexp(alpha + end))


def _logsumexp(x):
    top = x.max(axis=0)
    top = np.where(np.isneginf(top), 0.0, top)  # an all -inf column stays -inf, not nan
    with np.errstate(divide="ignore"):
        return np.log(np.exp(x - top).sum(axis=0)) + top
