"""A grading result as plain JSON data and back, driven by the records' own type hints.

The cluster sends results with Celery's json serializer (never pickle: a result backend a
worker can write must not be able to run code on the submitting machine). The submitter then
writes the per-repo JSON, the summaries and the history rows with the very functions the local
`grade-many` uses, so it needs the records themselves, not a rendering of them: ``encode``
turns a frozen dataclass tree (GradeReport, Report, ComplexityReport, ...) into dicts, lists,
strings and numbers, and ``decode`` rebuilds an equal tree from the declared field types.
Unknown fields, missing fields and values of the wrong kind are refused (CodecError), never
guessed.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from judge.complexity import records as complexity_records
from judge.complexity import sweep

T = TypeVar("T")


class CodecError(ValueError):
    """A document that does not match the record it should rebuild."""


def encode(value: Any) -> Any:
    """Plain JSON data for a record: dataclasses become dicts, enums their values, tuples lists,
    dict keys strings (their declared type brings them back)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {
            str(key.value if isinstance(key, enum.Enum) else key): encode(item) for key, item in value.items()
        }
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise CodecError(f"cannot encode a {type(value).__name__}")


def decode(kind: type[T], data: Any) -> T:
    """The record of type ``kind`` that ``encode`` turned into ``data``."""
    return typing.cast(T, _decode(kind, data, kind.__name__))


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    # ComplexityReport names SecondSweepReport only under TYPE_CHECKING (an import cycle):
    # resolve it here, where both modules are loaded.
    extra = {
        "SecondSweepReport": sweep.SecondSweepReport,
        "ComplexityReport": complexity_records.ComplexityReport,
    }
    return typing.get_type_hints(kind, localns=extra)


def _decode(kind: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if kind is Any:
        return data
    if origin in (typing.Union, types.UnionType):
        arms = typing.get_args(kind)
        if data is None and type(None) in arms:
            return None
        errors = []
        for arm in arms:
            if arm is type(None):
                continue
            try:
                return _decode(arm, data, where)
            except CodecError as error:
                errors.append(str(error))
        raise CodecError("; ".join(errors) or f"{where}: no type fits")
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass(kind, data, where)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(data)
        except ValueError:
            raise CodecError(f"{where}: {data!r} is not a {kind.__name__}") from None
    if origin is tuple:
        return _tuple(typing.get_args(kind), data, where)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_decode(item, value, f"{where}[{index}]") for index, value in enumerate(_list(data, where))]
    if origin is dict:
        key_type, value_type = typing.get_args(kind)
        if not isinstance(data, dict):
            raise CodecError(f"{where}: expected an object")
        return {
            _scalar(key_type, key if key_type is str else _key(key_type, key, where), where): _decode(
                value_type, value, f"{where}[{key}]"
            )
            for key, value in data.items()
        }
    if kind is Path:
        return Path(_scalar(str, data, where))
    return _scalar(kind, data, where)


def _dataclass(kind: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise CodecError(f"{where}: expected an object for {kind.__name__}")
    hints = _hints(kind)
    fields = {field.name: field for field in dataclasses.fields(kind) if field.init}
    unknown = set(data) - set(fields)
    if unknown:
        raise CodecError(f"{where}: unknown fields {sorted(unknown)}")
    values = {}
    for name, field in fields.items():
        if name in data:
            values[name] = _decode(hints[name], data[name], f"{where}.{name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise CodecError(f"{where}: missing field {name}")
    return kind(**values)


def _tuple(args: tuple[Any, ...], data: Any, where: str) -> tuple[Any, ...]:
    items = _list(data, where)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], item, f"{where}[{index}]") for index, item in enumerate(items))
    if len(items) != len(args):
        raise CodecError(f"{where}: expected {len(args)} items, got {len(items)}")
    return tuple(
        _decode(arg, item, f"{where}[{index}]")
        for index, (arg, item) in enumerate(zip(args, items, strict=True))
    )


def _list(data: Any, where: str) -> list[Any]:
    if not isinstance(data, list | tuple):
        raise CodecError(f"{where}: expected a list")
    return list(data)


def _key(kind: Any, key: str, where: str) -> Any:
    """JSON object keys are strings: an int key comes back from its digits."""
    if kind is int:
        try:
            return int(key)
        except ValueError:
            raise CodecError(f"{where}: key {key!r} is not an integer") from None
    if kind is float:
        return float(key)
    return key


def _scalar(kind: Any, data: Any, where: str) -> Any:
    if kind is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if kind is int and isinstance(data, int) and not isinstance(data, bool):
        return data
    if kind in (str, bool) and isinstance(data, kind):
        return data
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _decode(kind, data, where)
    raise CodecError(f"{where}: expected {getattr(kind, '__name__', kind)}, got {type(data).__name__}")
