"""The output is a list holding the same items as the expected list, in any order."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from judge.checkers.base import NDARRAY_KEY, Check


def validate(options: dict[str, Any]) -> None:
    if options:
        raise ValueError(f"the unordered checker takes no options, got {sorted(options)}")


def check(expected: Any, output: Any, args: tuple[Any, ...], options: dict[str, Any]) -> Check:
    if isinstance(output, dict) and NDARRAY_KEY in output and len(output.get("shape", ())) == 1:
        output = output[NDARRAY_KEY]  # a 1-d numpy array is a list of its items
    if not isinstance(output, list):
        return Check(False, f"the result: expected a list, got {type(output).__name__}")
    want = Counter(_key(item) for item in expected)
    got = Counter(_key(item) for item in output)
    if want == got:
        return Check(True)
    if len(expected) != len(output):
        return Check(False, f"the result: expected {len(expected)} items, got {len(output)}")
    missing = next(iter(want - got))
    return Check(False, f"the result: {missing} is missing (order does not matter)")


def _key(item: Any) -> str:
    return json.dumps(item, sort_keys=True)
