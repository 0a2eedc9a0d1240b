"""The judge's side of the plain-data protocol with the sandbox (mirror of sandbox/plain.py).

Arguments go out as one compact JSON text. A numeric numpy array travels as raw bytes: the JSON
holds ``{"__ndarray__": offset, "dtype", "shape", "encoding": "raw"}`` and the array's
little-endian bytes follow the JSON, after one newline, at that offset (JSON text never holds a
raw newline). Inputs without such arrays are the JSON text alone. Outputs come back as nested
lists, which the sandbox builds from plain Python values. Trusted values (reference outputs)
are reduced to the same plain form the sandbox sends back, so a checker compares like with like.
"""

from __future__ import annotations

import json
import math
from typing import Any

NDARRAY_KEY = "__ndarray__"
NUMERIC_KINDS = "biuf"


def encode_args(args: tuple[Any, ...]) -> bytes:
    """The encoded arguments. The C encoder walks the plain values itself and hands over only
    what it cannot write (arrays, numpy scalars): a million-item list is never copied first, and
    an array's bytes are never turned into text (decoding base64 took 20x the time of a copy)."""
    blobs: list[bytes] = []
    offset = 0

    def default(value: Any) -> Any:
        nonlocal offset
        if type(value).__module__ != "numpy":
            raise TypeError(f"cannot send a {type(value).__name__} to the sandbox")
        import numpy

        array = numpy.asarray(value)
        if array.ndim == 0:
            return array.item()
        if array.dtype.kind not in NUMERIC_KINDS:
            return {NDARRAY_KEY: array.tolist(), "dtype": str(array.dtype), "shape": list(array.shape)}
        data = numpy.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes()
        shape = list(array.shape)
        header = {NDARRAY_KEY: offset, "dtype": str(array.dtype), "shape": shape, "encoding": "raw"}
        blobs.append(data)
        offset += len(data)
        return header

    text = json.dumps(list(args), ensure_ascii=False, separators=(",", ":"), allow_nan=True, default=default)
    encoded = text.encode("utf-8")
    return b"".join((encoded, b"\n", *blobs)) if blobs else encoded


def to_plain(value: Any) -> Any:
    """A trusted value as plain data (tuples become lists, arrays become ndarray dicts)."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    kind = type(value)
    if kind.__module__ == "numpy":
        import numpy

        array = numpy.asarray(value)
        if array.ndim == 0:
            return array.item()
        return {NDARRAY_KEY: array.tolist(), "dtype": str(array.dtype), "shape": list(array.shape)}
    raise TypeError(f"cannot make plain data of a {kind.__name__}")


def decode_args(encoded: bytes) -> tuple[Any, ...]:
    """Encoded arguments back to values, arrays rebuilt (for trusted checkers)."""
    split = encoded.find(b"\n")
    if split < 0:
        return tuple(json.loads(encoded, object_hook=_rebuild))
    blobs = memoryview(encoded)[split + 1 :]
    return tuple(json.loads(encoded[:split], object_hook=lambda value: _rebuild(value, blobs)))


def _rebuild(value: dict[str, Any], blobs: memoryview | None = None) -> Any:
    if NDARRAY_KEY not in value:
        return value
    import numpy

    dtype = numpy.dtype(value["dtype"])
    if value.get("encoding") == "raw":
        shape = value["shape"]
        count = math.prod(shape)
        if count == 0 or blobs is None:
            return numpy.zeros(shape, dtype=dtype)
        flat = numpy.frombuffer(blobs, dtype=dtype.newbyteorder("<"), count=count, offset=value[NDARRAY_KEY])
        return flat.astype(dtype).reshape(shape)
    array = numpy.array(value[NDARRAY_KEY], dtype=dtype)
    return array.reshape(value["shape"]) if "shape" in value else array


# The dtypes a raw output array may name, with their item sizes (sandbox/plain.py RAW_ITEMSIZE).
RAW_ITEMSIZE = (
    {"bool": 1}
    | {f"{prefix}{bits}": bits // 8 for prefix in ("int", "uint") for bits in (8, 16, 32, 64)}
    | {f"float{bits}": bits // 8 for bits in (16, 32, 64)}
)


def rebuild_output(value: Any, blob: bytes) -> Any:
    """A returned value as the runner sent it, its raw arrays (bytes in ``blob``) back to the
    nested lists checkers and reports read. The runner checked every header; this checks again
    and raises ValueError for one that does not fit (the sandbox broke the protocol)."""
    view = memoryview(blob)

    def walk(item: Any) -> Any:
        if isinstance(item, list):
            return [walk(element) for element in item]
        if not isinstance(item, dict):
            return item
        if item.get("encoding") == "raw" and NDARRAY_KEY in item:
            return _raw_array(item, view)
        return {key: walk(element) for key, element in item.items()}

    return walk(value)


def _raw_array(header: dict[str, Any], view: memoryview) -> dict[str, Any]:
    import numpy

    name, shape, offset = header.get("dtype"), header.get("shape"), header.get(NDARRAY_KEY)
    if name not in RAW_ITEMSIZE or not isinstance(shape, list) or type(offset) is not int or offset < 0:
        raise ValueError("a malformed raw array")
    if not all(type(size) is int and size >= 0 for size in shape):
        raise ValueError("a malformed raw array shape")
    count = math.prod(shape)
    if offset + count * RAW_ITEMSIZE[name] > len(view):
        raise ValueError("a raw array past the bytes sent")
    dtype = numpy.dtype(name).newbyteorder("<")
    flat = numpy.frombuffer(view, dtype=dtype, count=count, offset=offset) if count else numpy.zeros(0, dtype)
    return {NDARRAY_KEY: flat.reshape(shape).tolist(), "dtype": name, "shape": shape}
