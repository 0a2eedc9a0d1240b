"""Gaussian naive Bayes, by hand, in log space.

Per class: the prior (its share of the training rows), the mean and the biased variance of
every feature, plus var_smoothing x the largest feature variance; predict the class with the
largest joint log-likelihood (ties: the smallest label).
Allowed imports: the standard library and numpy.
"""

import numpy as np


def fit_predict(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, var_smoothing: float
) -> np.ndarray:
    # Hint: add logs instead of multiplying densities; loop over the classes, vectorise over rows.
    raise NotImplementedError
