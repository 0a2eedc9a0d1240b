"""How a public case's output differs from the expected one, for the reports' diffs. Pure.

The checker decides the verdict and says the first thing wrong (its message). This describes
the two values around it: both whole when short (side by side), what each one is (an array's
dtype and shape), where they first differ, and for numbers compared element by element the
tolerance, how many elements are off and the worst one. It quotes the values, so only public
cases get one (pipeline/submit.py).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from judge.checkers import tolerance
from judge.checkers.base import NDARRAY_KEY, ArraysEqual, NumbersEqual, exact_arrays, exact_numbers
from judge.models import CheckerSpec, Difference

SHORT = 60  # characters: a value this short is shown whole beside the other
ITEM = 40  # characters of one element quoted where they differ


@dataclass(frozen=True)
class Rule:
    """How a checker compares numbers, where it compares element by element (in order)."""

    equal: NumbersEqual
    equal_arrays: ArraysEqual  # the same, element-wise on two float64 arrays
    text: str  # the rule as a person reads it ("" for exact equality)


def describe(expected: Any, output: Any, checker: CheckerSpec) -> Difference:
    """The difference between ``expected`` and ``output`` as ``checker`` sees them."""
    if checker.name == "parts":
        found = _first_failing_part(expected, output, checker.options)
        if found is not None:
            return found
    rule = _rule(checker)
    want, got = plain(expected), plain(output)
    at = _first(want, got, rule.equal, "result") if rule is not None else None
    differing, worst = _elements(want, got, rule) if rule is not None else ("", "")
    if rule is not None and not rule.text:
        worst = ""  # exact values (labels, ids): how far off one is says nothing
    return Difference(
        expected=_whole(want),
        got=_whole(got),
        expected_kind=kind(expected),
        got_kind=kind(output),
        at=at[0] if at else "",
        expected_at=at[1] if at else "",
        got_at=at[2] if at else "",
        tolerance=rule.text if rule is not None and at else "",
        differing=differing,
        worst=worst,
    )


def plain(value: Any) -> Any:
    """Arrays (``{"__ndarray__": ...}``) as their nested lists, everywhere in ``value``."""
    if isinstance(value, dict):
        if NDARRAY_KEY in value:
            return plain(value[NDARRAY_KEY])
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def kind(value: Any) -> str:
    if isinstance(value, dict) and NDARRAY_KEY in value:
        shape = value.get("shape")
        shown = tuple(shape) if isinstance(shape, list) else "?"
        return f"{value.get('dtype', '?')} array {shown}"
    if isinstance(value, list):
        return f"list of {len(value)}"
    if isinstance(value, dict):
        return f"dict of {len(value)} keys"
    return "None" if value is None else type(value).__name__


def _rule(checker: CheckerSpec) -> Rule | None:
    if checker.name == "exact":
        return Rule(exact_numbers, exact_arrays, "")
    if checker.name == "float":
        return Rule(*tolerance.rule(checker.options))
    return None  # unordered, or a problem's own checker: its message says what is wrong


def _first_failing_part(expected: Any, output: Any, options: dict[str, Any]) -> Difference | None:
    """For a tuple checked part by part: the first part its own checker rejects, described."""
    from judge.checkers.parts import PART_CHECKERS

    parts = options.get("parts", [])
    if not (isinstance(expected, list) and isinstance(output, list) and len(output) == len(parts)):
        return None
    for index, part in enumerate(parts):
        name = part.get("checker", "exact")
        part_options = part.get("options", {})
        if PART_CHECKERS[name].check(expected[index], output[index], (), part_options).passed:
            continue
        found = describe(expected[index], output[index], CheckerSpec(name, part_options))
        return replace(
            found,
            at=_in_part(found.at, index, part["name"]),
            worst=_in_part(found.worst, index, part["name"]),
        )
    return None


def _in_part(text: str, index: int, name: str) -> str:
    """ "result[0][1]: ..." of a part as "result[2][0][1] (the labels): ..." of the whole."""
    if not text.startswith("result"):
        return text
    where, colon, rest = text.partition(":")
    return f"result[{index}]{where[len('result') :]} (the {name}){colon}{rest}"


def _whole(value: Any) -> str:
    if any(True for _ in islice(_leaves(value), SHORT // 2, None)):
        return ""  # 30 items or more never fit in 60 characters: no need to write them all out
    text = _json(value)
    return text if len(text) <= SHORT else ""


def _json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        return repr(value)


def _item(value: Any) -> str:
    text = _json(value)
    return text if len(text) <= ITEM else text[: ITEM - 3] + "..."


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _first(
    want: Any, got: Any, equal: Callable[[float, float], bool], path: str
) -> tuple[str, str, str] | None:
    """(where, expected there, got there) at the first difference in order, or None."""
    if _is_number(want) and _is_number(got):
        return None if equal(float(want), float(got)) else (path, _item(want), _item(got))
    if isinstance(want, list) and isinstance(got, list):
        for index, (a, b) in enumerate(zip(want, got, strict=False)):
            found = _first(a, b, equal, f"{path}[{index}]")
            if found:
                return found
        if len(want) == len(got):
            return None
        end = min(len(want), len(got))
        return (
            f"{path}[{end}]",
            _item(want[end]) if end < len(want) else "nothing (the list ends)",
            _item(got[end]) if end < len(got) else "nothing (the list ends)",
        )
    if isinstance(want, dict) and isinstance(got, dict):
        for key in want:
            if key not in got:
                return (f"{path}[{key!r}]", _item(want[key]), "nothing (no such key)")
            found = _first(want[key], got[key], equal, f"{path}[{key!r}]")
            if found:
                return found
        extra = next((key for key in got if key not in want), None)
        return None if extra is None else (f"{path}[{extra!r}]", "nothing (no such key)", _item(got[extra]))
    if type(want) is type(got) and want == got:
        return None
    return (path, _item(want), _item(got))


def _elements(want: Any, got: Any, rule: Rule) -> tuple[str, str]:
    """For two numeric arrays of one shape with more than one element: how many elements the
    rule rejects, and the one furthest off."""
    try:
        import numpy as np

        a = np.asarray(want, dtype=np.float64)
        b = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        return "", ""
    if a.shape != b.shape or a.size < 2 or not isinstance(want, list):
        return "", ""
    flat_a, flat_b = a.ravel(), b.ravel()
    off = ~rule.equal_arrays(flat_a, flat_b)
    count = int(off.sum())
    if not count:
        return "", ""
    with np.errstate(invalid="ignore"):
        gap = np.abs(flat_a - flat_b)
    gap = np.where(off, np.nan_to_num(gap, nan=np.inf), -1.0)
    index = int(np.argmax(gap))
    where = "result" + "".join(f"[{i}]" for i in np.unravel_index(index, a.shape))
    x, y = float(flat_a[index]), float(flat_b[index])
    distance = abs(x - y)
    by = f"off by {distance:.3g}" if math.isfinite(distance) else "off"
    return (
        f"{count} of {a.size} elements differ",
        f"{where}: {by} (expected {_number(want, index, x)}, got {_number(got, index, y)})",
    )


def _number(value: Any, index: int, fallback: float) -> str:
    """The element as it was written (an int stays an int)."""
    found = next(islice(_leaves(value), index, None), None)
    return _item(found) if found is not None else f"{fallback:g}"


def _leaves(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    else:
        yield value
