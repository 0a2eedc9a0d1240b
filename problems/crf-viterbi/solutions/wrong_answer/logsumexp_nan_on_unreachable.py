"""Wrong (nan): the shifted log-sum-exp m + log(sum(exp(x - m))) without a guard for a column
that is all -inf (a tag nothing may precede, or no reachable tag may precede): m = -inf and
x - m = -inf - (-inf) = nan, which then spreads to log Z. Viterbi is right."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    best = start + emissions[0]
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


def _logsumexp(x, axis):
    m = np.max(x, axis=axis)
    return m + np.log(np.sum(np.exp(x - np.expand_dims(m, axis)), axis=axis))


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start + emissions[0]
    with np.errstate(invalid="ignore", divide="ignore"):
        for t in range(1, emissions.shape[0]):
            alpha = _logsumexp(alpha[:, None] + transitions, 0) + emissions[t]
        return float(_logsumexp(alpha + end, 0))
