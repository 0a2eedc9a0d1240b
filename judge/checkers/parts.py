"""A tuple of results, each part checked by its own checker: ``(centroids, labels)`` with a
float tolerance on the centroids and exact labels.

Options: ``parts = [{name = "centroids", checker = "float", options = {rtol = 1e-6}}, ...]``,
one entry per element of the returned tuple, in order.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from judge.checkers import exact, tolerance, unordered
from judge.checkers.base import Check

PART_CHECKERS: dict[str, ModuleType] = {"exact": exact, "float": tolerance, "unordered": unordered}
PART_KEYS = {"name", "checker", "options"}


def validate(options: dict[str, Any]) -> None:
    unknown = sorted(set(options) - {"parts"})
    if unknown:
        raise ValueError(f"unknown option {unknown[0]!r}; the parts checker takes `parts`")
    parts = options.get("parts")
    if not isinstance(parts, list) or not parts:
        raise ValueError("`parts` must be a non-empty list of {name, checker, options} tables")
    names = set()
    for index, part in enumerate(parts):
        if not isinstance(part, dict) or not isinstance(part.get("name"), str):
            raise ValueError(f"parts[{index}]: needs a `name` string")
        extra = sorted(set(part) - PART_KEYS)
        if extra:
            raise ValueError(f"parts[{index}]: unknown key {extra[0]!r}; use name, checker, options")
        if part["name"] in names:
            raise ValueError(f"parts[{index}]: name {part['name']!r} is used twice")
        names.add(part["name"])
        checker = part.get("checker", "exact")
        if checker not in PART_CHECKERS:
            raise ValueError(f"parts[{index}]: checker must be one of {', '.join(sorted(PART_CHECKERS))}")
        try:
            PART_CHECKERS[checker].validate(part.get("options", {}))
        except ValueError as error:
            raise ValueError(f"parts[{index}] ({part['name']}): {error}") from None


def check(expected: Any, output: Any, args: tuple[Any, ...], options: dict[str, Any]) -> Check:
    parts = options["parts"]
    shape = ", ".join(part["name"] for part in parts)
    if not isinstance(output, list):
        return Check(False, f"the result: expected a tuple ({shape}), got {_kind(output)}")
    if len(output) != len(parts):
        return Check(
            False, f"the result: expected a tuple of {len(parts)} ({shape}), got {len(output)} items"
        )
    for part, want, got in zip(parts, expected, output, strict=True):
        module = PART_CHECKERS[part.get("checker", "exact")]
        found = module.check(want, got, args, part.get("options", {}))
        if not found.passed:
            return Check(False, _renamed(found.message, part["name"]))
    return Check(True)


def _renamed(message: str, name: str) -> str:
    """'result[3]: ...' -> 'labels[3]: ...'; 'the result: ...' -> 'labels: ...'."""
    if message.startswith("the result"):
        return name + message[len("the result") :]
    if message.startswith("result"):
        return name + message[len("result") :]
    return f"{name}: {message}"


def _kind(value: Any) -> str:
    if isinstance(value, dict) and "__ndarray__" in value:
        return f"an array of shape {tuple(value.get('shape', ()))}"
    return type(value).__name__
