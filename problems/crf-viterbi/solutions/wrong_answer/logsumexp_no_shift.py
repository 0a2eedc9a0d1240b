"""Wrong (overflow): log Z as log(sum(exp(...))) without subtracting the maximum. exp
overflows to inf above ~709 (long sentences, potentials of 1000) and underflows to 0 below
~-745 (log 0 = -inf). Viterbi is right."""

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


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start + emissions[0]
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        for t in range(1, emissions.shape[0]):
            alpha = np.log(np.exp(alpha[:, None] + transitions).sum(axis=0)) + emissions[t]
        return float(np.log(np.exp(alpha + end).sum()))
