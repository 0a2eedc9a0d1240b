"""Correct but O(T^2 S): instead of backpointers it carries the best path into every tag as a
list and copies it at each step (paths[j] = paths[i] + [j], as many tutorials do). Each step
copies S paths of length t, so 20 000 words cost ~10^10 element copies. The log partition
function is the usual stable forward pass."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    best = start + emissions[0]
    paths = [[j] for j in range(S)]
    for t in range(1, T):
        scores = best[:, None] + transitions
        arg = np.argmax(scores, axis=0)
        best = scores[arg, np.arange(S)] + emissions[t]
        paths = [paths[i] + [j] for j, i in enumerate(arg.tolist())]
    final = best + end
    tag = int(np.argmax(final))
    return paths[tag], float(final[tag])


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
