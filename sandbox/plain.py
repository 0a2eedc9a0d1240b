"""Plain-data conversion on the sandbox side of the protocol.

Inputs arrive as JSON; numpy arrays travel as ``{"__ndarray__": nested list, "dtype", "shape"}``
and are rebuilt here. A submission's return value leaves as JSON built only from exact builtin
types: every container is read through the base type's own slots (``list.__iter__``,
``str.__str__``...), so a subclass that lies in ``__iter__``, ``__len__`` or ``__eq__`` is reduced
to what it really holds, and anything else is refused as a bad output.

The conversion and the encoding run after the submission's code, so the child runs them sealed
(sandbox/sealed.py): they use only names bound here at import, never ``numpy``, ``json`` or
``sys`` attributes looked up at call time. numpy types are recognised from the value's own type,
not from ``sys.modules``. Both are bounded: a value whose JSON would pass the output limit is
refused (TooLarge) before it is copied or encoded in full.

Stdlib only; numpy is imported lazily, and only to rebuild input arrays.
"""

from __future__ import annotations

import json

# The C encoder itself, not json.dumps: that is a module attribute anyone can rebind.
from _json import encode_basestring_ascii as _encode_string
from _json import make_encoder as _make_encoder
from typing import Any

NDARRAY_KEY = "__ndarray__"
MAX_DEPTH = 64
MAX_ITEMS = 5_000_000
# Without an output limit: MAX_ITEMS numbers' worth (every item takes two bytes of JSON or more).
DEFAULT_MAX_BYTES = 2 * MAX_ITEMS
# An array adds its own nesting under the containers (numpy allows up to 64 dimensions).
MAX_WIRE_DEPTH = MAX_DEPTH + 72
ARRAY_KEYS = frozenset({NDARRAY_KEY, "dtype", "shape"})
RAW_ARRAY_KEYS = frozenset({NDARRAY_KEY, "dtype", "shape", "encoding"})
# The dtypes a raw array may name, with their item sizes (the names _dtype_name writes).
RAW_ITEMSIZE = (
    {"bool": 1}
    | {f"{prefix}{bits}": bits // 8 for prefix in ("int", "uint") for bits in (8, 16, 32, 64)}
    | {f"float{bits}": bits // 8 for bits in (16, 32, 64)}
)
# The JSON of an array around its data: {"__ndarray__":...,"dtype":"bool","shape":[]}
ARRAY_WRAPPER_BYTES = 40
HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: a class written in Python, not a C extension's type
NUMERIC_KINDS = "biuf"  # numpy dtype kinds: bool, int, unsigned, float

# A type's own slots, read past anything its class or metaclass defines.
_MRO = type.__dict__["__mro__"].__get__
_FLAGS = type.__dict__["__flags__"].__get__
_TYPE_NAME = type.__dict__["__name__"].__get__
_TYPE_MODULE = type.__dict__["__module__"].__get__
_JOIN = "".join
_APPEND = list.append


class BadOutput(Exception):
    """The returned value cannot be turned into plain data (the message says why)."""


class TooLarge(BadOutput):
    """The returned value's JSON would be larger than the output limit."""


def decode_args(raw: bytes) -> Any:
    """Encoded arguments as values (judge/backends/wire.py writes them): the JSON text, numpy
    arrays rebuilt while it is parsed (the decoder calls the hook on each object only, so a
    list of a million strings is never walked again) from the raw bytes after its newline."""
    split = raw.find(b"\n")
    if split < 0:
        return json.loads(raw, object_hook=_object)
    blobs = memoryview(raw)[split + 1 :]
    return json.loads(raw[:split], object_hook=lambda value: _object(value, blobs))


def _object(value: dict[str, Any], blobs: Any = None) -> Any:
    return _array(value, blobs) if NDARRAY_KEY in value else value


def rebuild_arrays(value: Any) -> Any:
    """Rebuild numpy arrays (as nested lists) inside already decoded JSON."""
    if isinstance(value, dict):
        if NDARRAY_KEY in value:
            return _array(value)
        return {key: rebuild_arrays(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rebuild_arrays(item) for item in value]
    return value


def _array(value: dict[str, Any], blobs: Any = None) -> Any:
    import numpy

    dtype = numpy.dtype(value["dtype"])
    if value.get("encoding") == "raw":
        # Raw little-endian bytes after the JSON: a copy, where base64 took 20x as long.
        shape = value["shape"]
        count = 1
        for size in shape:
            count *= size
        if count == 0 or blobs is None:
            return numpy.zeros(shape, dtype=dtype)
        flat = numpy.frombuffer(blobs, dtype=dtype.newbyteorder("<"), count=count, offset=value[NDARRAY_KEY])
        return flat.astype(dtype).reshape(shape)  # a copy of its own: writable, in place or not
    array = numpy.array(value[NDARRAY_KEY], dtype=dtype)
    return array.reshape(value["shape"]) if "shape" in value else array


def to_plain(value: Any, max_bytes: int = DEFAULT_MAX_BYTES, blobs: list[bytes] | None = None) -> Any:
    """Convert a returned value to JSON-ready plain data, or raise BadOutput; TooLarge when its
    compact JSON (with ``blobs``: and its arrays' raw bytes) would take more than ``max_bytes``.

    With ``blobs``, each numeric array becomes ``{"__ndarray__": offset, "dtype", "shape",
    "encoding": "raw"}`` and its little-endian bytes are appended to ``blobs`` (the offset counts
    from the first blob): a million floats are 8 MB copied, not 18 MB of text written and read
    three times. Without, arrays become nested lists.

    The size is a lower bound counted while converting (one byte per number, a string's length,
    brackets and separators), so a value is refused as soon as it is certainly too large.
    """
    # [bytes left, the limit, where raw arrays go (or None), their bytes so far]
    budget: list[Any] = [max_bytes - 1, max_bytes, blobs, 0]
    if budget[0] < 0:
        raise TooLarge(f"the returned value takes more than {max_bytes:,} bytes as JSON")
    return _convert(value, 0, set(), budget)


def _spend(budget: list[Any], count: int) -> None:
    budget[0] -= count
    if budget[0] < 0:
        raise TooLarge(f"the returned value takes more than {budget[1]:,} bytes as JSON")


def _convert(value: Any, depth: int, seen: set[int], budget: list[Any]) -> Any:
    """``value`` as plain data; spends what its JSON takes beyond the one byte already counted."""
    kind = type(value)
    if kind is int or kind is float or value is None or value is True or value is False:
        return value
    # type(), not isinstance(): an object can fake isinstance through a __class__ property.
    if issubclass(kind, str):
        text = str.__str__(value)
        _spend(budget, len(text) + 1)
        return text
    if issubclass(kind, int):
        return int.__int__(value)
    if issubclass(kind, float):
        return float.__float__(value)
    if depth >= MAX_DEPTH:
        raise BadOutput(f"the returned value is nested deeper than {MAX_DEPTH} levels")
    if issubclass(kind, list):
        return _sequence(value, list, depth, seen, budget)
    if issubclass(kind, tuple):
        return _sequence(value, tuple, depth, seen, budget)
    if issubclass(kind, dict):
        return _mapping(value, depth, seen, budget)
    ndarray = _numpy_type(kind, "ndarray")
    if ndarray is not None:
        return _convert_array(ndarray, value, budget)
    generic = _numpy_type(kind, "generic")
    if generic is not None:
        return _convert_scalar(generic, value)
    raise BadOutput(
        f"returned an object of type {_TYPE_NAME(kind)}; return plain lists, numbers, strings or numpy arrays"
    )


def _sequence(value: Any, base: Any, depth: int, seen: set[int], budget: list[Any]) -> list[Any]:
    marker = id(value)
    if marker in seen:
        raise BadOutput("the returned value contains itself (a reference cycle)")
    count = base.__len__(value)
    _spend(budget, 2 * count if count else 1)  # brackets, commas, a byte for each item
    seen.add(marker)
    out: list[Any] = []
    append = out.append
    for item in base.__iter__(value):
        kind = type(item)
        if kind is int or kind is float or item is None or kind is bool:
            append(item)
        elif kind is str:  # inline: most large results are flat lists of numbers or strings
            budget[0] -= len(item) + 1
            if budget[0] < 0:
                raise TooLarge(f"the returned value takes more than {budget[1]:,} bytes as JSON")
            append(item)
        else:
            append(_convert(item, depth + 1, seen, budget))
    seen.discard(marker)
    return out


def _mapping(value: Any, depth: int, seen: set[int], budget: list[Any]) -> dict[str, Any]:
    marker = id(value)
    if marker in seen:
        raise BadOutput("the returned value contains itself (a reference cycle)")
    count = dict.__len__(value)
    _spend(budget, count if count else 1)  # braces and commas
    seen.add(marker)
    out = {}
    for key, item in dict.items(value):
        if type(key) is not str:
            raise BadOutput(f"dict keys must be str, got {_TYPE_NAME(type(key))} in the returned value")
        if key == NDARRAY_KEY:  # the judge would read the dict as an array
            raise BadOutput(f"the dict key {NDARRAY_KEY!r} is reserved; rename it")
        _spend(budget, len(key) + 4)  # quotes, colon, a byte of the value
        out[key] = _convert(item, depth + 1, seen, budget)
    seen.discard(marker)
    return out


def _numpy_type(kind: type, name: str) -> type | None:
    """numpy's ``name`` (ndarray or generic) among ``kind``'s bases, else None.

    Found from the value's own type, not from sys.modules, which the submission may have
    changed: only a C extension makes a static (non-heap) type, so no class written in Python
    can pose as numpy's, and the methods of a static type cannot be replaced.
    """
    for base in _MRO(kind):
        if not _FLAGS(base) & HEAP_TYPE and _TYPE_NAME(base) == name and _TYPE_MODULE(base) == "numpy":
            found: type = base
            return found
    return None


def _convert_array(ndarray: Any, value: Any, budget: list[Any]) -> dict[str, Any]:
    # A view as the base class: a subclass's tolist, dtype or shape are never consulted.
    array = ndarray.view(value, ndarray)
    dtype = array.dtype
    kind = dtype.kind
    if len(kind) != 1 or kind not in NUMERIC_KINDS:
        raise BadOutput(
            f"returned a numpy array of dtype {_dtype_text(dtype)}; return a numeric or boolean array"
        )
    itemsize = 8 if kind == "f" and dtype.itemsize > 8 else dtype.itemsize
    name = _dtype_name(kind, itemsize)
    blobs = budget[2]
    if blobs is not None:
        _spend(budget, array.size * itemsize + ARRAY_WRAPPER_BYTES)
        # C order, little-endian, long double as float64: the dtype the name says
        wire = "?" if kind == "b" else f"<{kind}{itemsize}"
        data = ndarray.tobytes(ndarray.astype(array, wire, order="C", copy=False))
        offset = budget[3]
        _APPEND(blobs, data)
        budget[3] = offset + len(data)
        return {NDARRAY_KEY: offset, "dtype": name, "shape": list(array.shape), "encoding": "raw"}
    _spend(budget, 2 * array.size + ARRAY_WRAPPER_BYTES)
    if kind == "f" and dtype.itemsize > 8:
        array = ndarray.astype(array, float)  # long double: tolist would give numpy scalars
    return {NDARRAY_KEY: ndarray.tolist(array), "dtype": name, "shape": list(array.shape)}


def _dtype_name(kind: str, itemsize: int) -> str:
    """The dtype's name as numpy writes it for native byte order ("int64", "bool")."""
    if kind == "b":
        return "bool"
    prefix = "int" if kind == "i" else "uint" if kind == "u" else "float"
    return f"{prefix}{8 * itemsize}"


def _dtype_text(dtype: Any) -> str:
    try:  # numpy's dtype str is Python code of numpy's: only for this message
        return str(dtype)
    except BaseException:
        return str.__str__(dtype.kind)


def _convert_scalar(generic: Any, value: Any) -> Any:
    scalar = generic.item(value)
    kind = type(scalar)
    if kind is not bool and kind is not int and kind is not float:
        raise BadOutput(f"returned a numpy scalar of type {_TYPE_NAME(type(value))}")
    return scalar


def encode(value: Any) -> bytes:
    """Plain data (from to_plain) as compact ASCII JSON; NaN and infinities allowed.

    BadOutput for an integer too long to write (Python caps int-to-text conversion).
    """
    try:
        encoder = _make_encoder(None, _unencodable, _encode_string, None, ":", ",", False, False, True)
        return _JOIN(encoder(value, 0)).encode()
    except ValueError as error:
        raise BadOutput(f"the returned value cannot be written as JSON: {error}") from None


def _unencodable(value: Any) -> Any:
    raise TypeError(f"not plain data: {_TYPE_NAME(type(value))}")  # to_plain lets none through


def check_wire(value: Any, blob_bytes: int = 0) -> str | None:
    """What is wrong with ``value`` (decoded JSON) as a returned value, or None; ``blob_bytes``:
    how many raw bytes came after it, where its raw arrays must lie.

    The runner holds every end frame to this: a submission can write to its result pipe, so a
    frame there may be the submission's, and the judge must never be sent what it cannot read.
    """
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if item is None or kind is bool or kind is int or kind is float or kind is str:
            continue
        if depth >= MAX_WIRE_DEPTH:
            return f"nested deeper than {MAX_WIRE_DEPTH} levels"
        if kind is list:
            stack.extend((element, depth + 1) for element in item)
        elif kind is dict:
            if NDARRAY_KEY in item and item.get("encoding") == "raw":
                if not _is_raw_array(item, blob_bytes):
                    return "a malformed numpy array (raw bytes)"
                continue
            if NDARRAY_KEY in item and not _is_array_header(item):
                return "a malformed numpy array"
            stack.extend((element, depth + 1) for element in item.values())
        else:
            return f"a {kind.__name__}"
    return None


def _is_array_header(value: dict[str, Any]) -> bool:
    shape = value.get("shape")
    return (
        value.keys() == ARRAY_KEYS
        and type(value["dtype"]) is str
        and type(shape) is list
        and all(type(size) is int and size >= 0 for size in shape)
    )


def _is_raw_array(value: dict[str, Any], blob_bytes: int) -> bool:
    """A raw array's header: a known dtype, a shape, and bytes that lie within the blob."""
    shape, offset = value.get("shape"), value.get(NDARRAY_KEY)
    if value.keys() != RAW_ARRAY_KEYS or value["dtype"] not in RAW_ITEMSIZE or type(shape) is not list:
        return False
    if type(offset) is not int or offset < 0 or len(shape) > MAX_WIRE_DEPTH:
        return False
    count = 1
    for size in shape:
        if type(size) is not int or size < 0:
            return False
        count *= size
    return offset + count * RAW_ITEMSIZE[value["dtype"]] <= blob_bytes
