"""A problem's rules on what a submission may use, checked in its source before anything runs.

``[sandbox] allowed_imports`` (``stdlib`` and module names) and ``forbidden`` (callables by
dotted name, with why) are stated in the statement; a submission that breaks one gets a compile
error naming the rule at once, from its source, with the line. The sandbox enforces the same
rules when the code runs (sandbox/rules.py), for what no reading of the source can see
(``__import__``, ``getattr``). Pure: source and problem in, a message or None out.
"""

from __future__ import annotations

import ast
import sys
from typing import Any

from judge.models import Problem

SOLUTION = "solution.py"


def wire(problem: Problem) -> dict[str, Any]:
    """The rules as the sandbox's runner takes them (docs/protocol.md)."""
    return {
        "stdlib": "stdlib" in problem.allowed_imports,
        "modules": [name for name in problem.allowed_imports if name != "stdlib"],
        "forbidden": dict(problem.forbidden),
    }


def allowed_text(problem: Problem) -> str:
    names = ["the standard library" if name == "stdlib" else name for name in problem.allowed_imports]
    return ", ".join(names) or "nothing"


def broken(source: str, problem: Problem) -> str | None:
    """The first rule ``source`` breaks, as a compile error's message; None when it keeps them
    all (or does not parse: the sandbox reports the syntax error)."""
    try:
        tree = ast.parse(source, SOLUTION)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    allowed = set(problem.allowed_imports) - {"stdlib"}
    if "stdlib" in problem.allowed_imports:
        allowed |= set(sys.stdlib_module_names)
    aliases: dict[str, str] = {}  # a local name -> the dotted name it stands for
    bound = _bound_names(tree)  # a submission's own `sum` is not the builtin
    for node in ast.walk(tree):
        for module, line in _imports(node):
            top = module.partition(".")[0]
            if top not in allowed:
                return (
                    f"{SOLUTION}, line {line}: imports `{top}`, which this problem does not allow "
                    f"(allowed: {allowed_text(problem)})"
                )
        _remember(node, aliases)
    for node in ast.walk(tree):
        name = _dotted(node, aliases, bound)
        if name in problem.forbidden:
            why = problem.forbidden[name]
            return (
                f"{SOLUTION}, line {getattr(node, 'lineno', '?')}: uses `{name}`, which this problem "
                f"does not allow" + (f": {why}" if why else "")
            )
    return None


def _imports(node: ast.AST) -> list[tuple[str, int]]:
    if isinstance(node, ast.Import):
        return [(alias.name, node.lineno) for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [(node.module, node.lineno)]
    return []


def _remember(node: ast.AST, aliases: dict[str, str]) -> None:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                aliases[alias.asname] = alias.name
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        for alias in node.names:
            aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"


def _bound_names(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            found.add(node.id)
    return found


def _dotted(node: ast.AST, aliases: dict[str, str], bound: set[str]) -> str | None:
    """``np.linalg.lstsq`` -> "numpy.linalg.lstsq" (aliases resolved); a bare name that is not
    an alias stands for a builtin ("builtins.sum")."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load):
        return None
    if node.id in aliases:
        head = aliases[node.id]
    elif node.id in bound:
        head = node.id
    else:
        head = node.id if parts else f"builtins.{node.id}"
    return ".".join([head, *reversed(parts)])
