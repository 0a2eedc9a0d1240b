"""Linear soft-margin SVM: minimise the primal objective

    P(w, b) = 1/n * sum_i max(0, 1 - y_i (x_i . w + b)) + lam/2 * ||w||^2     (b not penalised)

with labels y_i in {-1, +1}, by full-batch subgradient descent with step 1 / (lam * t).
Allowed imports: the standard library and numpy.
"""

import numpy as np


def fit(X: np.ndarray, y: np.ndarray, lam: float, epochs: int) -> tuple[np.ndarray, float]:
    # Hint: only the margin violators (y (x . w + b) < 1) enter the hinge's subgradient.
    raise NotImplementedError
