"""Lasso regression by coordinate descent: minimise

    J(w, b) = 1/(2n) * ||y - X w - b||^2 + alpha * ||w||_1        (b is not penalised)

with cyclic coordinate descent and soft-thresholding. Allowed imports: the standard library
and numpy.
"""

import numpy as np


def fit(X: np.ndarray, y: np.ndarray, alpha: float, max_iter: int, tol: float) -> tuple[np.ndarray, float]:
    # Hint: centre X and y, keep the residual y_c - X_c w up to date after every coordinate.
    raise NotImplementedError
