"""A problem's rules on what a submission may use, applied in the child before its code runs.

Imports: only the standard library (``stdlib``) and the modules the problem names (``modules``,
e.g. numpy) can be imported; anything else fails as ``ForbiddenImport``, an ImportError, which
the child reports as a compile error naming the rule. Forbidden callables (``forbidden``, e.g.
``heapq.nlargest`` for a problem whose point is to write the heap by hand) are replaced by a
function that raises ``ForbiddenCall`` when called, also a compile error naming the rule.

The judge checks the source for both before anything runs (judge/rules.py), for an early and
precise message; this is what holds for imports and calls made any other way (``__import__``,
``getattr``). It is a rule of the exercise, not a security boundary: that is the sandbox.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


class RuleBroken(Exception):
    """The submission used something the problem does not allow (a compile error)."""


class ForbiddenImport(RuleBroken, ImportError):
    pass


class ForbiddenCall(RuleBroken):
    pass


class ImportGuard:
    """A meta path finder that refuses top-level modules outside the allowed set. Modules
    already imported (the runner's own, preloaded ones) are found in sys.modules first."""

    def __init__(self, allowed: frozenset[str], shown: str) -> None:
        self.allowed = allowed
        self.shown = shown

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        top = name.partition(".")[0]
        if top not in self.allowed:
            raise ForbiddenImport(
                f"solution.py imports `{top}`, which this problem does not allow (allowed: {self.shown})",
                name=top,
            )
        return None  # allowed: let the real finders find it


def install(rules: dict[str, Any]) -> None:
    """Apply ``rules`` ({"stdlib": bool, "modules": [...], "forbidden": {"mod.attr": why}})."""
    modules = [str(name) for name in rules.get("modules", ())]
    allowed = set(modules)
    if rules.get("stdlib", True):
        allowed |= set(sys.stdlib_module_names)
    shown = ", ".join((["the standard library"] if rules.get("stdlib", True) else []) + modules) or "nothing"
    sys.meta_path.insert(0, ImportGuard(frozenset(allowed), shown))
    for name, why in dict(rules.get("forbidden", {})).items():
        _forbid(str(name), str(why))


def _forbid(dotted: str, why: str) -> None:
    module_name, _, attribute_path = dotted.partition(".")
    try:
        owner: Any = importlib.import_module(module_name)
    except ImportError:
        return  # not importable here, so not callable either
    *parents, last = attribute_path.split(".")
    for part in parents:
        owner = getattr(owner, part, None)
        if owner is None:
            return
    if getattr(owner, last, None) is None:
        return
    reason = f": {why}" if why else ""
    message = f"solution.py calls `{dotted}`, which this problem does not allow{reason}"

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise ForbiddenCall(message)

    forbidden.__name__ = last
    forbidden.__qualname__ = last
    try:
        setattr(owner, last, forbidden)
    except (AttributeError, TypeError):  # a C type's method cannot be replaced: the host check stands
        pass
