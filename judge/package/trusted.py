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

CheckFunction = Callable[[Any, Any, tuple[Any, ...]], Check]


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
    found: Callable[..., Any] | None = getattr(module, name, None)
    if not callable(found):
        raise ProblemError(f"{paths.shown(path)}: defines no function `{name}`; add it")
    return found


def references(problem: Problem) -> dict[str, Callable[..., Any]]:
    """reference.py's implementation of every function the problem declares."""
    module = load_module(problem.reference_path, "reference")
    return {entry.name: function(module, entry.name, problem.reference_path) for entry in problem.functions}


def generator(problem: Problem) -> Callable[..., dict[str, Any]]:
    path = problem.root / "generator.py"
    generate = function(load_module(path, "generator"), "generate", path)

    def build(seed: int, params: dict[str, Any]) -> dict[str, Any]:
        built: dict[str, Any] = generate(random.Random(seed), **params)
        return built

    return build


def checkers(problem: Problem) -> dict[str, CheckFunction]:
    """Each function's checker as ``check(expected, output, args) -> Check``."""
    module: ModuleType | None = None
    found: dict[str, CheckFunction] = {}
    for entry in problem.functions:
        spec = problem.checker_for(entry.name)
        if spec.name != "custom":
            found[entry.name] = _builtin(CHECKERS[spec.name], spec.options)
            continue
        path = problem.root / "checker.py"
        module = module or load_module(path, "checker")
        options = {key: value for key, value in spec.options.items() if key != "function"}
        found[entry.name] = _custom(function(module, spec.options["function"], path), options, path)
    return found


def _builtin(module: ModuleType, options: dict[str, Any]) -> CheckFunction:
    return lambda expected, output, args: module.check(expected, output, args, options)


def _custom(custom: Callable[..., Any], options: dict[str, Any], path: Path) -> CheckFunction:
    def check(expected: Any, output: Any, args: tuple[Any, ...]) -> Check:
        try:
            verdict = custom(expected, output, args, options)
        except Exception as error:
            raise ProblemError(
                f"{paths.shown(path)}: {custom.__name__}() raised {type(error).__name__}: {error}; "
                "a checker must handle any plain-data output"
            ) from None
        if isinstance(verdict, Check):
            return verdict
        if isinstance(verdict, bool):
            return Check(verdict)
        if isinstance(verdict, tuple) and len(verdict) == 2:
            return Check(bool(verdict[0]), str(verdict[1]))
        raise ProblemError(f"{paths.shown(path)}: {custom.__name__}() must return Check, bool or (bool, str)")

    return check
