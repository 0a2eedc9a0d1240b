"""Wrong: decodes word by word, the best tag of each row of emissions, and returns that
path's full score; it ignores how the transitions tie the tags together (and may even pick
a forbidden, -inf, path). The forward pass is right."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    path = np.argmax(emissions, axis=1)
    score = start[path[0]] + emissions[np.arange(len(path)), path].sum()
    score += transitions[path[:-1], path[1:]].sum() + end[path[-1]]
    return path.tolist(), float(score)


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
