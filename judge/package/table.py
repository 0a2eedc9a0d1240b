"""Strict reading of TOML/JSON tables: every key known, every value typed, one clear error line.

Errors name the file, the field and the fix, in the form
``problems/x/problem.toml: [limits] time_multiplier: expected a number > 0, got "fast"``.
"""

from __future__ import annotations

from typing import Any

from judge.errors import JudgeError, ProblemError


class Table:
    """A view over one table that records which keys were read, so ``done()`` can reject the rest.
    Its errors are ProblemErrors (a problem package); a user's own file passes UsageError."""

    def __init__(self, data: Any, file: str, where: str = "", error: type[JudgeError] = ProblemError) -> None:
        self.error = error
        if not isinstance(data, dict):
            raise error(f"{file}: {where or 'top level'}: expected a table, got {_kind(data)}")
        self.data = data
        self.file = file
        self.where = where
        self.read: set[str] = set()

    def _field(self, key: str) -> str:
        prefix = f"[{self.where}] " if self.where else ""
        return f"{self.file}: {prefix}{key}"

    def fail(self, key: str, problem: str) -> JudgeError:
        return self.error(f"{self._field(key)}: {problem}")

    def get(self, key: str, default: Any = ...) -> Any:
        self.read.add(key)
        if key not in self.data:
            if default is ...:
                raise self.fail(key, "missing; add it")
            return default
        return self.data[key]

    def text(self, key: str, default: Any = ..., choices: tuple[str, ...] = ()) -> str:
        value = self.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"expected a non-empty string, got {_kind(value)}")
        if choices and value not in choices:
            raise self.fail(key, f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def number(self, key: str, default: Any = ..., minimum: float = 0.0) -> float:
        value = self.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= minimum:
            raise self.fail(key, f"expected a number > {minimum:g}, got {_kind(value)}")
        return float(value)

    def integer(self, key: str, default: Any = ..., minimum: int = 0) -> int:
        value = self.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(key, f"expected a whole number >= {minimum}, got {_kind(value)}")
        return value

    def strings(self, key: str, default: Any = ...) -> tuple[str, ...]:
        value = self.get(key, default)
        if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
            raise self.fail(key, f"expected a list of strings, got {_kind(value)}")
        return tuple(value)

    def table(self, key: str, default: Any = ...) -> Table:
        value = self.get(key, default)
        where = f"{self.where}.{key}" if self.where else key
        return Table(value, self.file, where, self.error)

    def tables(self, key: str) -> list[Table]:
        value = self.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, f"expected an array of tables ([[{key}]]), got {_kind(value)}")
        return [Table(item, self.file, f"{key}.{index}", self.error) for index, item in enumerate(value)]

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.read)
        if unknown:
            raise self.fail(unknown[0], "unknown key; remove it or fix its spelling")


def _kind(value: Any) -> str:
    if isinstance(value, str):
        return repr(value[:40])
    if isinstance(value, (bool, int, float)):
        return repr(value)
    return type(value).__name__
