"""Exact equality of plain data (ints and floats of equal value compare equal; bools do not)."""

from __future__ import annotations

from typing import Any

from judge.checkers.base import Check, exact_arrays, exact_numbers, first_difference


def validate(options: dict[str, Any]) -> None:
    if options:
        raise ValueError(f"the exact checker takes no options, got {sorted(options)}")


def check(expected: Any, output: Any, args: tuple[Any, ...], options: dict[str, Any]) -> Check:
    difference = first_difference(expected, output, exact_numbers, integers=True, arrays_equal=exact_arrays)
    return Check(difference is None, difference or "")
