"""Wrong tie-breaking: np.argmax over the tags in reverse order (S - 1 - argmax(x[::-1])),
i.e. the LARGEST tag among equal maxima, for the backpointers and for the last tag, as a
loop with `if value >= best` would. Right whenever the best path is unique, wrong on ties."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    best = start + emissions[0]
    back = np.zeros((T, S), dtype=np.int64)
    for t in range(1, T):
        scores = best[:, None] + transitions
        back[t] = S - 1 - np.argmax(scores[::-1], axis=0)
        best = scores.max(axis=0) + emissions[t]
    final = best + end
    path = [int(S - 1 - np.argmax(final[::-1]))]
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
        alpha = _logsumexp(alpha[:, None] + transitions) + emissions[t]
    return float(_logsumexp(alpha + end))
