"""Typed arguments: parameters a function declares as arrays become numpy arrays on the host.

Case files stay readable JSON (nested lists); a parameter listed under ``arrays`` in
problem.toml is converted here, checked for dtype and rank, and then travels to the sandbox as
an ndarray (with its shape, so an empty (0, d) array stays two-dimensional).
"""

from __future__ import annotations

import re
from typing import Any

from judge.models import ArraySpec, EntryPoint

NDARRAY_KEY = "__ndarray__"
DTYPES = ("bool", "int64", "float64")
ARRAY_SPEC = re.compile(r"^(bool|int64|float64) ([1-4])d$")


def parse_spec(text: str) -> ArraySpec:
    """``"float64 2d"`` -> ArraySpec; ValueError names the accepted form."""
    match = ARRAY_SPEC.match(text.strip())
    if not match:
        raise ValueError(f"expected '<dtype> <n>d' with dtype one of {', '.join(DTYPES)}, got {text!r}")
    return ArraySpec(match.group(1), int(match.group(2)))


def coerce(function: EntryPoint, values: dict[str, Any]) -> tuple[Any, ...]:
    """The arguments in parameter order, arrays converted. ValueError names the parameter."""
    out = []
    for param in function.params:
        value = values[param]
        spec = function.arrays.get(param)
        out.append(value if spec is None else _array(param, value, spec))
    return tuple(out)


def _array(param: str, value: Any, spec: ArraySpec) -> Any:
    import numpy  # only problems with array parameters pay for it (`judge --version` does not)

    shape = None
    if isinstance(value, dict) and NDARRAY_KEY in value:
        shape = value.get("shape")
        value = value[NDARRAY_KEY]
    try:
        raw = numpy.asarray(value)
    except ValueError as error:
        raise ValueError(f"{param}: not a rectangular array ({error})") from None
    if raw.dtype == object:
        raise ValueError(f"{param}: not a rectangular array of numbers")
    if (
        raw.dtype.kind == "f"
        and spec.dtype != "float64"
        and raw.size
        and not numpy.all(raw == numpy.round(raw))
    ):
        raise ValueError(f"{param}: holds fractional numbers but is declared {spec.dtype}")
    if raw.dtype.kind not in "biuf" and raw.size:
        raise ValueError(f"{param}: expected numbers, got {raw.dtype}")
    array = raw.astype(spec.dtype)
    if shape is not None:
        try:
            array = array.reshape(shape)
        except ValueError:
            raise ValueError(f"{param}: shape {shape} does not fit {array.size} values") from None
    if array.ndim != spec.ndim:
        hint = ""
        if array.size == 0:
            hint = (
                f'; write an empty array as {{"{NDARRAY_KEY}": [], "shape": [0, ...]}} '
                f"with {spec.ndim} dimensions"
            )
        raise ValueError(f"{param}: expected a {spec.ndim}-d array, got shape {array.shape}{hint}")
    return array
