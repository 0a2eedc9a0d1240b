"""Wrong: reads transitions[j, i] as "i followed by j" (row = next tag), i.e. the transposed
matrix, in both functions. The matrix is not symmetric, so the scores and often the tags
differ."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    trans = transitions.T
    best = start + emissions[0]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = best[:, None] + trans
        back[t] = np.argmax(scores, axis=0)
        best = scores.max(axis=0) + emissions[t]
    final = best + end
    path = [int(np.argmax(final))]
    for t in range(T - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1], float(final.max())


def _logsumexp(x):
    top = x.max(axis=0)
    top = np.where(np.isneginf(top), 0.0, top)  # an all -inf column stays -inf, not nan
    with np.errstate(divide="ignore"):
        return np.log(np.exp(x - top).sum(axis=0)) + top


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start + emissions[0]
    for t in range(1, emissions.shape[0]):
        alpha = _logsumexp(alpha[:, None] + transitions.T) + emissions[t]
    return float(_logsumexp(alpha + end))
