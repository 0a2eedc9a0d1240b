"""Load a problem's trusted code on the host: reference.py, generator.py, checker.py.

This code never enters the sandbox. Failures here are the package's fault (ProblemError).
"""

from __future__ import annotations

import importlib.util
import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from judge import paths
from judge.checkers import CHECKERS
from judge.checkers.base import Check
from judge.errors import ProblemError
from judge.models import Problem

CheckFunction = Callable[[Any, Any, tuple], Check]


def load_module(path: Path, label: str) -> ModuleType:
    name = f"mljudge_trusted_{label}_{abs(hash(path))}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ProblemError(f"{paths.shown(path)}: cannot be loaded as a Python module")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        raise ProblemError(
            f"{paths.shown(path)}: fails to import ({type(error).__name__}: {error})"
        ) from None
    sys.modules.setdefault(name, module)
    return module


def function(module: ModuleType, name: str, path: Path) -> Callable[..., Any]:
    found = getattr(module, name, None)
    if not callable(found):
        raise ProblemError(f"{paths.shown(path)}: defines no function `{name}`; add it")
    return found


def reference(problem: Problem) -> Callable[..., Any]:
    module = load_module(problem.reference_path, "reference")
    return function(module, problem.entry_point.name, problem.reference_path)


def generator(problem: Problem) -> Callable[..., dict[str, Any]]:
    path = problem.root / "generator.py"
    generate = function(load_module(path, "generator"), "generate", path)

    def build(seed: int, params: dict[str, Any]) -> dict[str, Any]:
        return generate(random.Random(seed), **params)

    return build


def checker(problem: Problem) -> CheckFunction:
    """The problem's checker as ``check(expected, output, args) -> Check``."""
    spec = problem.checker
    if spec.name != "custom":
        module = CHECKERS[spec.name]
        return lambda expected, output, args: module.check(expected, output, args, spec.options)
    path = problem.root / "checker.py"
    custom = function(load_module(path, "checker"), "check", path)

    def check(expected: Any, output: Any, args: tuple) -> Check:
        try:
            verdict = custom(expected, output, args, spec.options)
        except Exception as error:
            raise ProblemError(
                f"{paths.shown(path)}: check() raised {type(error).__name__}: {error}; "
                "a checker must handle any plain-data output"
            ) from None
        if isinstance(verdict, Check):
            return verdict
        if isinstance(verdict, bool):
            return Check(verdict)
        if isinstance(verdict, tuple) and len(verdict) == 2:
            return Check(bool(verdict[0]), str(verdict[1]))
        raise ProblemError(f"{paths.shown(path)}: check() must return Check, bool or (bool, str)")

    return check
