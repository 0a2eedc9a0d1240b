"""The checker contract, shared by built-in and problem-local checkers.

A checker module exposes ``validate(options) -> None`` (raise ValueError on bad options) and
``check(expected, output, args, options) -> Check``. ``expected`` and ``output`` are plain data
(JSON types; numpy arrays arrive as ``{"__ndarray__": nested list, "dtype", "shape"}``);
``args`` are the case's arguments. A problem's own checker.py follows the same contract.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is imported where arrays are compared: a list-only problem never pays it
    import numpy as np

NDARRAY_KEY = "__ndarray__"


@dataclass(frozen=True)
class Check:
    passed: bool
    message: str = ""  # what differs; may quote values, so it is shown for public cases only


def float_array(value: Any) -> np.ndarray | None:
    """A returned value (an ndarray dict, with its shape, or nested lists) as a float64 array
    for a problem's own checker to compute with; None when it is not an array of numbers."""
    import numpy as np

    try:
        if _is_array(value):
            return np.asarray(value[NDARRAY_KEY], dtype=np.float64).reshape(value["shape"])
        return np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError, KeyError, OverflowError):
        return None


NumbersEqual = Callable[[float, float], bool]
# The same rule over two float64 arrays of one shape, element-wise: a checker that gives one
# lets a large array be compared in numpy (3.6 million floats: 0.2 s instead of 15 s).
ArraysEqual = Callable[["np.ndarray", "np.ndarray"], "np.ndarray"]
NUMERIC_DTYPES = ("int", "uint", "float")


def first_difference(
    expected: Any,
    output: Any,
    numbers_equal: NumbersEqual,
    path: str = "",
    integers: bool = False,
    arrays_equal: ArraysEqual | None = None,
) -> str | None:
    """Describe the first place where ``output`` differs from ``expected``, or None if equal.

    With ``integers``, an array of floats where the expected array holds integers differs even
    when the values are equal (labels must be labels, not 1.0). ``arrays_equal``, the same
    rule as ``numbers_equal`` over whole arrays, is a shortcut for numeric arrays that agree;
    where they differ, the element walk below finds and describes the first difference.
    """
    where = f"result{path}" if path else "the result"
    if _is_array(expected) or _is_array(output):
        return _array_difference(expected, output, numbers_equal, where, integers, arrays_equal)
    if _is_number(expected) and _is_number(output):
        if numbers_equal(float(expected), float(output)):
            return None
        return f"{where}: expected {expected!r}, got {output!r}"
    if type(expected) is not type(output):
        return f"{where}: expected {_kind(expected)}, got {_kind(output)}"
    if isinstance(expected, list):
        if len(expected) != len(output):
            return f"{where}: expected {len(expected)} items, got {len(output)}"
        for index, (want, got) in enumerate(zip(expected, output, strict=True)):
            found = first_difference(want, got, numbers_equal, f"{path}[{index}]", integers, arrays_equal)
            if found:
                return found
        return None
    if isinstance(expected, dict):
        if set(expected) != set(output):
            missing = sorted(set(expected) - set(output))
            extra = sorted(set(output) - set(expected))
            return f"{where}: keys differ (missing {missing}, unexpected {extra})"
        for key in expected:
            found = first_difference(
                expected[key], output[key], numbers_equal, f"{path}[{key!r}]", integers, arrays_equal
            )
            if found:
                return found
        return None
    if expected == output:
        return None
    return f"{where}: expected {_short(expected)}, got {_short(output)}"


def _array_difference(
    expected: Any,
    output: Any,
    numbers_equal: NumbersEqual,
    where: str,
    integers: bool,
    arrays_equal: ArraysEqual | None,
) -> str | None:
    want_shape, want = _as_array(expected)
    got_shape, got = _as_array(output)
    if want_shape != got_shape:
        return f"{where}: expected shape {tuple(want_shape)}, got shape {tuple(got_shape)}"
    empty = 0 in got_shape  # np.array([]) is float64, but holds no float label
    if integers and value_kind(expected) in ("int", "bool") and value_kind(output) == "float" and not empty:
        dtype = output["dtype"] if _is_array(output) else "Python floats"
        return f"{where}: expected integer values, got {dtype}; return ints (e.g. .astype(int))"
    if arrays_equal is not None and _all_equal(expected, output, arrays_equal):
        return None
    found = first_difference(want, got, numbers_equal, "", integers)
    if found and where != "the result":
        return found.replace("the result", where, 1) if found.startswith("the result") else where + found[6:]
    return found


def _all_equal(expected: Any, output: Any, arrays_equal: ArraysEqual) -> bool:
    """True when both are numeric arrays that agree everywhere. Only arrays that travelled as
    arrays qualify: their elements are all numbers of their dtype (the sandbox encodes them
    from real arrays and refuses the reserved key elsewhere), while a plain list may mix in a
    bool or None that numpy would quietly turn into a number."""
    if not (_is_array(expected) and _is_array(output)):
        return False
    if not all(str(value.get("dtype", "")).startswith(NUMERIC_DTYPES) for value in (expected, output)):
        return False
    try:
        import numpy as np

        want = np.asarray(expected[NDARRAY_KEY], dtype=np.float64)
        got = np.asarray(output[NDARRAY_KEY], dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return False
    return want.shape == got.shape and bool(np.all(arrays_equal(want, got)))


def value_kind(value: Any) -> str:
    """'bool', 'int', 'float' or 'other' for an array (ndarray dict or nested list) of numbers."""
    if _is_array(value):
        dtype = str(value.get("dtype", ""))
        if dtype == "bool":
            return "bool"
        if dtype.startswith(("int", "uint")):
            return "int"
        return "float" if dtype.startswith("float") else "other"
    kinds = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, bool):
            kinds.add("bool")
        elif isinstance(item, int):
            kinds.add("int")
        elif isinstance(item, float):
            kinds.add("float")
        else:
            kinds.add("other")
    if "other" in kinds:
        return "other"
    for kind in ("float", "int", "bool"):
        if kind in kinds:
            return kind
    return "int"  # empty: nothing contradicts integers


def _as_array(value: Any) -> tuple[list[int], Any]:
    if _is_array(value):
        shape = value.get("shape")
        if isinstance(shape, list) and all(type(size) is int for size in shape):
            return shape, value[NDARRAY_KEY]
        return _shape_of(value[NDARRAY_KEY]), value[NDARRAY_KEY]  # no usable shape: read it off
    return _shape_of(value), value


def _shape_of(value: Any) -> list[int]:
    shape = []
    while isinstance(value, list):
        shape.append(len(value))
        value = value[0] if value else None
    return shape


def _is_array(value: Any) -> bool:
    return isinstance(value, dict) and NDARRAY_KEY in value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    names = {
        list: "a list",
        dict: "a dict",
        str: "a string",
        bool: "a bool",
        int: "an int",
        float: "a float",
        type(None): "None",
    }
    return names.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def exact_numbers(a: float, b: float) -> bool:
    return a == b or (math.isnan(a) and math.isnan(b))


def exact_arrays(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    import numpy as np

    same: np.ndarray = (a == b) | (np.isnan(a) & np.isnan(b))
    return same
