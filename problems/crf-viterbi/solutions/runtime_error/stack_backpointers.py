"""Crashes on one-word sentences: the backpointers are collected in a list and turned into
an array with np.stack, which raises "need at least one array to stack" when T = 1 (no
transition, so the list is empty)."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    best = start + emissions[0]
    pointers = []
    for t in range(1, T):
        scores = best[:, None] + transitions
        pointers.append(np.argmax(scores, axis=0))
        best = scores.max(axis=0) + emissions[t]
    back = np.stack(pointers)  # (T - 1, S)
    final = best + end
    path = [int(np.argmax(final))]
    for row in back[::-1]:
        path.append(int(row[path[-1]]))
    return path[::-1], float(final.max())


def _logsumexp(x):
    top = x.max(axis=0)
    top = np.where(np.isneginf(top), 0.0, top)  # an all -inf column stays -inf, not nan
    with np.errstate(divide="ignore"):
        return np.log(np.exp(x - top).sum(axis=0)) + top


def forward_logsumexp(emissions, transitions, start, end):
    alpha = start + emissions[0]
    for t in range(1, emissions.shape[0]):
        alpha = _logsumexp(alpha[:, None] + transitions) + emissions[t]
    return float(_logsumexp(alpha + end))
