"""Accepted: the textbook formulation written out step by step. Viterbi keeps the
backpointers in a list and breaks ties with np.argmax (first maximum) at every step and for
the last tag; the score is re-added along the path at the end. The forward pass shifts each
column by its finite maximum (0 where the whole column is -inf) before exp."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    delta = start + emissions[0]
    pointers = []
    for t in range(1, T):
        scores = delta.reshape(S, 1) + transitions
        arg = np.argmax(scores, axis=0)
        pointers.append(arg)
        delta = scores[arg, np.arange(S)] + emissions[t]
    tag = int(np.argmax(delta + end))
    path = [tag]
    for arg in reversed(pointers):
        tag = int(arg[tag])
        path.append(tag)
    path.reverse()
    score = start[path[0]] + end[path[-1]] + emissions[np.arange(T), path].sum()
    score += transitions[path[:-1], path[1:]].sum()
    return path, float(score)


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start + emissions[0]
    for t in range(1, emissions.shape[0]):
        scores = alpha[:, None] + transitions
        m = scores.max(axis=0)
        m[~np.isfinite(m)] = 0.0
        with np.errstate(divide="ignore"):
            alpha = m + np.log(np.exp(scores - m).sum(axis=0)) + emissions[t]
    final = alpha + end
    m = final.max()
    return float(m + np.log(np.exp(final - m).sum()))
