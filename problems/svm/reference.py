"""Reference: full-batch subgradient descent on the primal objective, exactly the method the
statement suggests: from w = 0, b = 0, each epoch one step of size 1 / (lam * t) against a
subgradient over all n samples, in which only the margin violators (y (x . w + b) < 1) count.
The checker grades fit() against its own optimum, not against this trajectory."""

import numpy as np


def fit(X, y, lam, epochs):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for t in range(1, epochs + 1):
        violators = y * (X @ w + b) < 1
        grad_w = lam * w - y[violators] @ X[violators] / n
        grad_b = -np.sum(y[violators]) / n
        step = 1.0 / (lam * t)
        w = w - step * grad_w
        b = b - step * grad_b
    return w, float(b)
