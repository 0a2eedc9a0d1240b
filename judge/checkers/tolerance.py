"""Numbers equal within ``abs(a - b) <= atol + rtol * abs(expected)``; everything else exact."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from judge.checkers.base import ArraysEqual, Check, NumbersEqual, first_difference

if TYPE_CHECKING:
    import numpy as np

DEFAULTS = {"rtol": 1e-6, "atol": 1e-9}


def validate(options: dict[str, Any]) -> None:
    unknown = sorted(set(options) - set(DEFAULTS))
    if unknown:
        raise ValueError(f"unknown option {unknown[0]!r}; the float checker takes rtol and atol")
    for key, value in options.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{key} must be a number >= 0, got {value!r}")


def rule(options: dict[str, Any]) -> tuple[NumbersEqual, ArraysEqual, str]:
    """The comparison ``options`` ask for: on two numbers, element-wise on two float64 arrays,
    and as a person reads it (the diffs show it: checkers/difference.py)."""
    rtol = float(options.get("rtol", DEFAULTS["rtol"]))
    atol = float(options.get("atol", DEFAULTS["atol"]))

    def close(want: float, got: float) -> bool:
        if math.isnan(want) or math.isnan(got):
            return math.isnan(want) and math.isnan(got)
        if math.isinf(want) or math.isinf(got):
            return want == got
        return abs(want - got) <= atol + rtol * abs(want)

    def close_arrays(want: np.ndarray, got: np.ndarray) -> np.ndarray:
        import numpy as np  # only where arrays are compared

        with np.errstate(invalid="ignore"):
            near = np.abs(want - got) <= atol + rtol * np.abs(want)
        nan = np.isnan(want) | np.isnan(got)
        infinite = np.isinf(want) | np.isinf(got)
        both_nan = np.isnan(want) & np.isnan(got)
        same: np.ndarray = np.where(nan, both_nan, np.where(infinite, want == got, near))
        return same

    return close, close_arrays, f"|got - expected| <= {atol:g} + {rtol:g} * |expected|"


def check(expected: Any, output: Any, args: tuple[Any, ...], options: dict[str, Any]) -> Check:
    close, close_arrays, _ = rule(options)
    difference = first_difference(expected, output, close, arrays_equal=close_arrays)
    return Check(difference is None, difference or "")
