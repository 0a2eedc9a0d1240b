"""Mutants of a problem's reference: small, plausible slips a learner makes, one per mutant.

A hidden suite is only as strong as the wrong solutions it rejects. Each mutant changes one place
of reference.py: a comparison (``<`` for ``<=``, ``==`` for ``!=``...), an arithmetic operator,
``and`` for ``or``, a constant off by one, an argument dropped from a call, a returned value
replaced, a loop shortened by one. A mutant the cases do not kill is either a gap in the cases
or equivalent to the reference; equivalent ones are listed in ``mutants.toml`` with why:

    [[equivalent]]
    mutant = "23:15 < -> <="
    why = "counts are never equal here: ids are distinct"

Pure but for reading the package's files: source in, mutants out.
"""

from __future__ import annotations

import ast
import copy
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge import paths
from judge.errors import ProblemError

COMPARISONS: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.Gt),
    ast.LtE: (ast.Lt, ast.GtE),
    ast.Gt: (ast.GtE, ast.Lt),
    ast.GtE: (ast.Gt, ast.LtE),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}
ARITHMETIC: dict[type[ast.operator], tuple[type[ast.operator], ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div, ast.Add),
    ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div,),
    ast.Mod: (ast.FloorDiv,),
    ast.Pow: (ast.Mult,),
}
SYMBOLS = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.Pow: "**", ast.And: "and", ast.Or: "or",
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    id: str  # stable: "line:column what" (e.g. "23:15 < -> <=")
    source: str  # the whole mutated module
    line: int
    before: str  # the original source line
    after: str  # the mutated statement, as the AST prints it


@dataclass(frozen=True)
class Equivalent:
    mutant: str
    why: str


def mutants(source: str) -> list[Mutant]:
    """Every single-change mutant of ``source``, in source order."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[Mutant] = []
    for index, (node, label, change) in enumerate(_points(tree)):
        mutated = copy.deepcopy(tree)
        for parent in ast.walk(mutated):
            for child in ast.iter_child_nodes(parent):
                child._mutant_parent = parent  # type: ignore[attr-defined]
        changed = change(_nth_node(mutated, index))
        if changed is None:
            continue
        ast.fix_missing_locations(mutated)
        line = getattr(node, "lineno", 0)
        identifier = f"{line}:{getattr(node, 'col_offset', 0)} {label}"
        after = ast.unparse(_statement_of(changed)).splitlines()[0]
        before = lines[line - 1].strip() if line else ""
        found.append(Mutant(identifier, ast.unparse(mutated), line, before, after))
    return _unique(found)


def equivalents(folder: Path) -> list[Equivalent]:
    """The package's mutants.toml: mutants its author showed equivalent to the reference."""
    path = folder / "mutants.toml"
    if not path.is_file():
        return []
    shown = paths.shown(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ProblemError(f"{shown}: not valid TOML ({error}); fix the syntax") from None
    found = []
    for entry in data.get("equivalent", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("mutant"), str) or not entry.get("why"):
            raise ProblemError(f'{shown}: [[equivalent]] needs mutant = "..." and why = "..."')
        found.append(Equivalent(entry["mutant"], str(entry["why"])))
    return found


# A mutation point: the node it changes, a label, and a function that changes that node (in a
# copy of the tree) and returns the statement to show, or None when it does not apply there.
Point = tuple[ast.AST, str, "Change"]


class Change:
    def __init__(self, kind: str, replacement: Any = None) -> None:
        self.kind = kind
        self.replacement = replacement

    def __call__(self, node: ast.AST) -> ast.AST | None:
        return _apply(self.kind, self.replacement, node)


def _points(tree: ast.AST) -> Iterator[tuple[ast.AST, str, Change]]:
    for node in _walk(tree):
        if isinstance(node, ast.Compare):
            for position, operator in enumerate(node.ops):
                for compared in COMPARISONS.get(type(operator), ()):
                    label = f"{SYMBOLS[type(operator)]} -> {SYMBOLS[compared]}"
                    yield node, label, Change("compare", (position, compared))
        elif isinstance(node, ast.BinOp) and type(node.op) in ARITHMETIC:
            for computed in ARITHMETIC[type(node.op)]:
                yield node, f"{SYMBOLS[type(node.op)]} -> {SYMBOLS[computed]}", Change("operator", computed)
        elif isinstance(node, ast.AugAssign) and type(node.op) in ARITHMETIC:
            for computed in ARITHMETIC[type(node.op)]:
                yield node, f"{SYMBOLS[type(node.op)]}= -> {SYMBOLS[computed]}=", Change("operator", computed)
        elif isinstance(node, ast.BoolOp):
            joined = ast.Or if isinstance(node.op, ast.And) else ast.And
            yield node, f"{SYMBOLS[type(node.op)]} -> {SYMBOLS[joined]}", Change("operator", joined)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, "not x -> x", Change("drop-not")
        elif isinstance(node, ast.Constant) and type(node.value) is int and not isinstance(node.value, bool):
            yield node, f"{node.value} -> {node.value + 1}", Change("constant", node.value + 1)
            yield node, f"{node.value} -> {node.value - 1}", Change("constant", node.value - 1)
        elif isinstance(node, ast.Call) and node.args and not _is_range(node):
            yield node, f"{ast.unparse(node.func)}(...) without its last argument", Change("drop-argument")
        elif isinstance(node, ast.Return) and node.value is not None:
            yield node, "return value -> None", Change("return-none")
        elif isinstance(node, ast.For) and _is_range(node.iter):
            yield node, "range(...) one shorter", Change("shorter-range")


def _walk(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, in a fixed order, skipping docstrings and type annotations."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        yield node


def _nth_node(tree: ast.AST, index: int) -> ast.AST:
    for position, (node, _, _) in enumerate(_points(tree)):
        if position == index:
            return node
    raise IndexError(index)


def _is_range(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"


def _apply(kind: str, replacement: Any, node: ast.AST) -> ast.AST | None:
    """Change ``node`` in place as ``kind`` says; the node to show, or None when it cannot."""
    if kind == "compare" and isinstance(node, ast.Compare):
        position, other = replacement
        node.ops[position] = other()
    elif kind == "operator" and isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp):
        node.op = replacement()
    elif kind == "drop-not" and isinstance(node, ast.UnaryOp):
        return _replace_in_parent(node, node.operand)
    elif kind == "constant" and isinstance(node, ast.Constant):
        node.value = replacement
    elif kind == "drop-argument" and isinstance(node, ast.Call):
        node.args = node.args[:-1]
    elif kind == "return-none" and isinstance(node, ast.Return):
        node.value = ast.Constant(None)
    elif kind == "shorter-range" and isinstance(node, ast.For) and isinstance(node.iter, ast.Call):
        index = 1 if len(node.iter.args) > 1 else 0
        node.iter.args[index] = ast.BinOp(left=node.iter.args[index], op=ast.Sub(), right=ast.Constant(1))
    else:
        return None
    return node


def _replace_in_parent(node: ast.AST, new: ast.AST) -> ast.AST | None:
    """``not x`` -> ``x``: rewire the parent's field that holds the node."""
    parent: ast.AST | None = getattr(node, "_mutant_parent", None)
    if parent is None:
        return None
    for field, value in ast.iter_fields(parent):
        if value is node:
            setattr(parent, field, new)
            return parent
        if isinstance(value, list) and node in value:
            value[value.index(node)] = new
            return parent
    return None


def _statement_of(node: ast.AST) -> ast.AST:
    """The statement that holds ``node`` (itself, when it is one): what a diff shows."""
    while not isinstance(node, ast.stmt) and getattr(node, "_mutant_parent", None) is not None:
        node = node._mutant_parent  # type: ignore[attr-defined]
    return node


def _unique(found: list[Mutant]) -> list[Mutant]:
    """Two changes that print the same module are one mutant (e.g. a constant that is never used)."""
    seen: set[str] = set()
    unique = []
    for mutant in found:
        if mutant.source not in seen:
            seen.add(mutant.source)
            unique.append(mutant)
    return unique
