"""Accepted: the same DP laid out with one row per next tag (transitions.T + best), the
max and argmax along axis 1, the path built in an int64 array (returned as an array). log Z
with the same layout: each row shifted by its maximum, rows that are all -inf handled with
np.maximum(m, lowest float) (then exp(-inf - lowest) = 0 and the row gives -inf)."""

import numpy as np


def viterbi(emissions, transitions, start, end):
    T, S = emissions.shape
    incoming = transitions.T  # incoming[j, i]: i followed by j
    best = start + emissions[0]
    backs = np.empty((T, S), dtype=np.int64)
    for t in range(1, T):
        cand = incoming + best[None, :]  # cand[j, i]
        backs[t] = cand.argmax(axis=1)
        best = cand.max(axis=1) + emissions[t]
    last = best + end
    y = np.empty(T, dtype=np.int64)
    y[-1] = last.argmax()
    for t in range(T - 1, 0, -1):
        y[t - 1] = backs[t, y[t]]
    return y, float(last.max())


LOWEST = np.finfo(np.float64).min


def _logsumexp_rows(x):
    m = np.maximum(x.max(axis=1, keepdims=True), LOWEST)
    with np.errstate(divide="ignore"):
        return (m + np.log(np.exp(x - m).sum(axis=1, keepdims=True)))[:, 0]


def forward_logsumexp(emissions, transitions, start, end):
    incoming = np.ascontiguousarray(transitions.T)
    alpha = start + emissions[0]
    for t in range(1, emissions.shape[0]):
        alpha = _logsumexp_rows(incoming + alpha[None, :]) + emissions[t]
    return float(_logsumexp_rows((alpha + end)[None, :])[0])
