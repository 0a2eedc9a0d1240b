"""Reference: Viterbi decoding and the forward algorithm of a linear-chain CRF in log space.

best[t, j] = max_i (best[t-1, i] + transitions[i, j]) + emissions[t, j], with backpointers by
np.argmax (the first maximum: the smallest previous tag on a tie), the last tag by np.argmax of
best[T-1] + end. The forward pass is the same recursion with a stable log-sum-exp for the max.
O(T S^2) time, O(T S) memory (the backpointers).
"""

import numpy as np


def viterbi(emissions, transitions, start, end):
    length, tags = emissions.shape
    columns = np.arange(tags)
    best = start + emissions[0]
    back = np.zeros((length, tags), dtype=np.int64)  # back[0] is never read
    for t in range(1, length):
        scores = best[:, None] + transitions  # scores[i, j]: best path ending i, then j
        back[t] = np.argmax(scores, axis=0)
        best = scores[back[t], columns] + emissions[t]
    final = best + end
    tag = int(np.argmax(final))
    score = float(final[tag])
    path = [tag] * length
    for t in range(length - 1, 0, -1):
        tag = int(back[t, tag])
        path[t - 1] = tag
    return path, score


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start + emissions[0]
    for t in range(1, emissions.shape[0]):
        alpha = _logsumexp(alpha[:, None] + transitions) + emissions[t]
    return float(_logsumexp(alpha + end))


def _logsumexp(x):
    """log(sum(exp(x), axis=0)) per column (or of a vector), shifted by the column's max; an
    all -inf column gives -inf (its max is replaced by 0 so that -inf - -inf never makes a nan)."""
    top = np.max(x, axis=0)
    top = np.where(np.isneginf(top), 0.0, top)
    with np.errstate(divide="ignore"):
        return np.log(np.sum(np.exp(x - top), axis=0)) + top
