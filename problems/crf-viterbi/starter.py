"""Linear-chain CRF in log space: Viterbi decoding (best tag sequence and its score) and the
log partition function log Z (forward algorithm with a stable log-sum-exp).

score(y) = start[y_0] + sum_t emissions[t, y_t] + sum_{t>=1} transitions[y_{t-1}, y_t] + end[y_{T-1}]
Ties: the best path that is smallest read from the last position backwards (np.argmax, the
first maximum, for the last tag and for every backpointer). -inf potentials are forbidden.
Allowed imports: the standard library and numpy.
"""

import numpy as np


def viterbi(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> tuple[list[int], float]:
    raise NotImplementedError


def forward_logsumexp(
    emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray, end: np.ndarray
) -> float:
    raise NotImplementedError
