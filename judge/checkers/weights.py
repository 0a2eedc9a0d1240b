"""A linear model's result ``(w, b)`` read from plain data, for the checkers of problems that
return one (linear and logistic regression, lasso, svm)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from judge.checkers.base import NDARRAY_KEY

if TYPE_CHECKING:
    import numpy as np


def parse_weights(value: Any, d: int) -> tuple[np.ndarray, float] | str:
    """``(w, b)`` with ``w`` a finite float array of shape ``(d,)`` and ``b`` a finite float, or
    a message saying what is wrong with the value."""
    import numpy as np  # array problems only

    if not isinstance(value, list) or len(value) != 2:
        return "the result: expected a tuple (w, b)"
    raw_w, raw_b = value
    if isinstance(raw_w, dict) and NDARRAY_KEY in raw_w:
        raw_w = raw_w[NDARRAY_KEY]
    try:
        w = np.asarray(raw_w, dtype=np.float64)
    except (TypeError, ValueError):
        return "w: expected a 1-d array of floats"
    if w.shape != (d,):
        return f"w: expected shape ({d},), got shape {w.shape}"
    if isinstance(raw_b, bool) or not isinstance(raw_b, (int, float)):
        return f"b: expected a float, got {type(raw_b).__name__}"
    if not (np.all(np.isfinite(w)) and math.isfinite(raw_b)):
        return "the result: w and b must be finite (no nan or inf)"
    return w, float(raw_b)
