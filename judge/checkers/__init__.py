"""The explicit checker registry. A problem names one of these, or ``custom`` for its own
checker.py with the same contract (see base.py)."""

from __future__ import annotations

from types import ModuleType

from judge.checkers import exact, parts, tolerance, unordered

CHECKERS: dict[str, ModuleType] = {
    "exact": exact,
    "float": tolerance,
    "unordered": unordered,
    "parts": parts,
}
