"""Private references for the code that runs after a submission's code has started.

A submission runs in the same interpreter as the child that reports on it, so it can rebind
anything it can name: builtins (``len``, ``isinstance``, ``BaseException``, ``__import__``), the
attributes of ``sys``, ``os``, ``json`` or ``numpy``, the globals of ``child`` and ``plain``,
entries of ``sys.modules``. The child's code after the start frame must see none of that.

``seal`` copies a module's namespace, with a copy of builtins of its own, and rebinds the
module's functions to that copy. It is called at import, in the runner, before any submission
code exists; every child is a fork and inherits the untouched copy. A name a sealed function
looks up resolves in the copy, which no module, builtin or ``sys.modules`` entry points to.

The rule for sealed code: names only, bound at import (``_write = os.write``), never
``module.attribute`` at call time, and no mutable module-level containers; the bytecode test in
tests/security/test_private_references.py holds every function reachable after the start to it.

This defends against rebinding. A submission that walks frames or the garbage collector's
objects can still reach the copy, as it can reach anything in its own process; what it changes
then is only what the child says about the run, and the runner checks every frame it is sent
(``runner.end_fields``), so that is never an internal error nor a measurement it chose.
"""

from __future__ import annotations

import builtins
import types
from typing import Any


def seal(namespace: dict[str, Any]) -> dict[str, Any]:
    """A private copy of a module's ``namespace`` whose functions look names up in the copy."""
    private = dict(namespace)
    # Set before the functions are rebuilt: a function takes its builtins when it is created.
    private["__builtins__"] = dict(vars(builtins))
    for name, value in namespace.items():
        if type(value) is types.FunctionType and value.__globals__ is namespace:
            private[name] = _rebound(value, private)
    return private


def _rebound(function: types.FunctionType, namespace: dict[str, Any]) -> types.FunctionType:
    copy = types.FunctionType(
        function.__code__, namespace, function.__name__, function.__defaults__, function.__closure__
    )
    copy.__kwdefaults__ = function.__kwdefaults__
    copy.__qualname__ = function.__qualname__
    return copy
