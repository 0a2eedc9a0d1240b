"""The judge's side of the plain-data protocol with the sandbox (mirror of sandbox/plain.py).

Arguments go out as one compact JSON line; numpy arrays become
``{"__ndarray__": base64 of the little-endian bytes, "dtype", "shape", "encoding": "base64"}``
(outputs come back as nested lists, which the sandbox builds from plain Python values).
Trusted values (reference outputs) are reduced to the same plain form the sandbox sends back,
so a checker compares like with like.
"""

from __future__ import annotations

import base64
import json
from typing import Any

NDARRAY_KEY = "__ndarray__"


def encode_args(args: tuple[Any, ...]) -> bytes:
    return json.dumps(
        [_plain(value, for_input=True) for value in args],
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=True,
    ).encode("utf-8")


def to_plain(value: Any) -> Any:
    """A trusted value as plain data (tuples become lists, arrays become ndarray dicts)."""
    return _plain(value, for_input=False)


def _plain(value: Any, for_input: bool) -> Any:
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(item, for_input) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item, for_input) for key, item in value.items()}
    kind = type(value)
    if kind.__module__ == "numpy":
        import numpy

        array = numpy.asarray(value)
        if array.ndim == 0:
            return array.item()
        if for_input and array.dtype.kind in "biuf":
            return {
                NDARRAY_KEY: base64.b64encode(array.astype(array.dtype.newbyteorder("<")).tobytes()).decode(),
                "dtype": str(array.dtype),
                "shape": list(array.shape),
                "encoding": "base64",
            }
        return {NDARRAY_KEY: array.tolist(), "dtype": str(array.dtype), "shape": list(array.shape)}
    raise TypeError(f"cannot send a {kind.__name__} to the sandbox")


def decode_args(args_line: bytes) -> tuple[Any, ...]:
    """An encoded arguments line back to values, arrays rebuilt (for trusted checkers)."""
    return tuple(_rebuild(value) for value in json.loads(args_line))


def _rebuild(value: Any) -> Any:
    if isinstance(value, dict):
        if NDARRAY_KEY in value:
            import numpy

            if value.get("encoding") == "base64":
                flat = numpy.frombuffer(base64.b64decode(value[NDARRAY_KEY]), dtype=value["dtype"])
                return flat.copy().reshape(value["shape"])
            array = numpy.array(value[NDARRAY_KEY], dtype=value["dtype"])
            return array.reshape(value["shape"]) if "shape" in value else array
        return {key: _rebuild(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_rebuild(item) for item in value]
    return value
