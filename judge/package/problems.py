"""Find, read and strictly validate problem packages (problems/<slug>/).

Every rule here turns a broken package into one ProblemError line (exit 3) that names the file
and the field; an unknown slug is the user's mistake (UsageError, exit 2) with a suggestion.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from judge import paths
from judge.checkers import CHECKERS
from judge.errors import ProblemError, UsageError
from judge.models import (
    MIB,
    Budget,
    CaseSpec,
    CheckerSpec,
    EntryPoint,
    Grading,
    LimitPolicy,
    Problem,
    Reveal,
    RevealPolicy,
    Visibility,
)
from judge.package import arrays, plan
from judge.package.table import Table

SCHEMA_VERSION = 1
REQUIRED_FILES = ("problem.toml", "statement.md", "starter.py", "reference.py")
DIFFICULTIES = ("easy", "medium", "hard")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LISTED = 8  # an unknown slug with no close match lists this many known ones
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CASE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def banks(root: Path | None = None) -> list[Path]:
    """``root`` alone when given (tests, a package being written), else the configured banks."""
    return [root] if root is not None else paths.problem_banks()


def list_slugs(root: Path | None = None) -> list[str]:
    """Every folder of the banks that holds a problem.toml, sorted (each slug once)."""
    found: set[str] = set()
    for base in banks(root):
        if base.is_dir():
            found.update(child.name for child in base.iterdir() if (child / "problem.toml").is_file())
    return sorted(found)


def find(slug: str, root: Path | None = None) -> Path:
    """The folder of ``slug`` in the first bank that has it, or a UsageError that suggests the
    closest known slug."""
    for base in banks(root):
        folder = base / slug
        if SLUG.match(slug) and (folder / "problem.toml").is_file():
            return folder
    known = list_slugs(root)
    close = difflib.get_close_matches(slug, known, n=1, cutoff=0.4)
    if close:  # one name to act on, not the whole bank
        raise UsageError(
            f"unknown problem `{slug}`; did you mean `{close[0]}`? (`judge list` shows all {len(known)})"
        )
    shown = ", ".join(known[:LISTED]) + (", ..." if len(known) > LISTED else "")
    listing = f" Known problems: {shown}." if known else ""
    raise UsageError(f"unknown problem `{slug}`.{listing} (`judge list` shows them all)")


def load(slug: str, root: Path | None = None, *, drop_stale_budgets: bool = False) -> Problem:
    """Read and validate one package. Raises UsageError (unknown slug) or ProblemError.

    ``drop_stale_budgets``: a budget naming a case that no longer exists is dropped instead of
    refused; calibration, which rewrites every budget, loads a package that way."""
    folder = find(slug, root)
    return load_folder(folder, drop_stale_budgets=drop_stale_budgets)


def load_folder(folder: Path, *, drop_stale_budgets: bool = False) -> Problem:
    shown = paths.shown(folder)
    for name in REQUIRED_FILES:
        if not (folder / name).is_file():
            raise ProblemError(f"{shown}/{name}: missing; every problem needs {', '.join(REQUIRED_FILES)}")
    toml_file = f"{shown}/problem.toml"
    try:
        data = tomllib.loads((folder / "problem.toml").read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ProblemError(f"{toml_file}: not valid TOML ({error}); fix the syntax") from None
    top = Table(data, toml_file)
    version = top.integer("schema_version")
    if version != SCHEMA_VERSION:
        raise top.fail("schema_version", f"expected {SCHEMA_VERSION}, got {version}")
    slug = top.text("id")
    if slug != folder.name:
        raise top.fail("id", f"must equal the folder name `{folder.name}`, got {slug!r}")
    title = top.text("title")
    difficulty = top.text("difficulty", choices=DIFFICULTIES)
    tags = top.strings("tags", [])
    functions = _functions(top, folder)
    sandbox = top.table("sandbox", {})
    allowed = sandbox.strings("allowed_imports", ("stdlib", "numpy"))
    preload = sandbox.strings("preload", ())
    forbidden = _forbidden(sandbox.table("forbidden", {}), allowed)
    sandbox.done()
    checker = _checker(top.table("checker"), folder)
    policy = _policy(top.table("limits"))
    complexity = plan.parse(top.table("complexity"), functions)
    generated = [_generated(table) for table in top.tables("generated")]
    budgets = _budgets(top.table("budgets", {}))
    grading = _grading(top.table("grading", {}), complexity.curve is not None)
    reveal = _reveal(top.table("reveal", {}))
    top.done()
    if generated and not (folder / "generator.py").is_file():
        raise ProblemError(f"{shown}/generator.py: missing; [[generated]] cases need it")
    generated = [_with_function(case, functions, toml_file) for case in generated]
    cases = _file_cases(folder, shown, functions) + tuple(generated)
    _check_unique(cases, toml_file)
    names = {case.name for case in cases}
    if drop_stale_budgets:
        budgets = {name: budget for name, budget in budgets.items() if name in names}
    for name in budgets:
        if name not in names:
            raise ProblemError(
                f"{toml_file}: [budgets.cases] {name}: no such case; run `judge calibrate {slug}`"
            )
    return Problem(
        slug=slug,
        title=title,
        difficulty=difficulty,
        tags=tags,
        root=folder,
        functions=functions,
        allowed_imports=allowed,
        preload=preload,
        checker=checker,
        limit_policy=policy,
        budgets=budgets,
        complexity=complexity,
        cases=cases,
        grading=grading,
        reveal=reveal,
        forbidden=forbidden,
    )


def _forbidden(table: Table, allowed: tuple[str, ...]) -> dict[str, str]:
    """[sandbox.forbidden]: "module.callable" = "why", for problems whose point is to write the
    thing by hand (the statement must say so too)."""
    found = {}
    for name in list(table.data):
        why = table.get(name)
        parts = name.split(".")
        if len(parts) < 2 or not all(IDENTIFIER.match(part) for part in parts):
            raise table.fail(name, 'expected a dotted name "module.callable" (e.g. "heapq.nlargest")')
        if not isinstance(why, str):
            raise table.fail(name, f"expected the reason as a string, got {why!r}")
        found[name] = why
    table.done()
    return found


def _reveal(table: Table) -> RevealPolicy:
    choices = tuple(kind.value for kind in Reveal)
    submit = Reveal(table.text("submit", RevealPolicy.submit.value, choices))
    grade = Reveal(table.text("grade", RevealPolicy.grade.value, choices))
    table.done()
    return RevealPolicy(submit, grade)


def _grading(table: Table, has_curve: bool) -> Grading:
    points = table.number("points", 10.0)
    share = table.get("growth_share", 0.2 if has_curve else 0.0)
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
        raise table.fail("growth_share", f"expected a number from 0 to 1, got {share!r}")
    if share and not has_curve:
        raise table.fail("growth_share", "this problem has no [complexity.curve]; set it to 0")
    table.done()
    return Grading(points, float(share))


def _functions(top: Table, folder: Path) -> tuple[EntryPoint, ...]:
    """One [entry_point] table, or several [[functions]] tables (not both)."""
    if "entry_point" in top.data and "functions" in top.data:
        raise top.fail("functions", "use either [entry_point] or [[functions]], not both")
    if "functions" in top.data:
        tables = top.tables("functions")
        if not tables:
            raise top.fail("functions", "empty; declare at least one [[functions]] table")
        functions = tuple(_entry_point(table, folder) for table in tables)
    else:
        functions = (_entry_point(top.table("entry_point"), folder),)
    names = [function.name for function in functions]
    for name in names:
        if names.count(name) > 1:
            raise top.fail("functions", f"`{name}` is declared twice")
    return functions


def _entry_point(table: Table, folder: Path) -> EntryPoint:
    name = table.text("name")
    if not IDENTIFIER.match(name):
        raise table.fail("name", f"{name!r} is not a Python identifier")
    params = table.strings("params")
    for param in params:
        if not IDENTIFIER.match(param):
            raise table.fail("params", f"{param!r} is not a Python identifier")
    signature = table.text("signature")
    arrays_table = table.table("arrays", {})
    specs = {}
    for param in list(arrays_table.data):
        if param not in params:
            raise arrays_table.fail(param, f"not a parameter of `{name}` ({', '.join(params)})")
        try:
            specs[param] = arrays.parse_spec(arrays_table.text(param))
        except ValueError as error:
            raise arrays_table.fail(param, str(error)) from None
    arrays_table.done()
    checker = _checker(table.table("checker"), folder) if "checker" in table.data else None
    table.done()
    return EntryPoint(name, params, signature, specs, checker)


def _checker(table: Table, folder: Path) -> CheckerSpec:
    name = table.text("name", choices=(*sorted(CHECKERS), "custom"))
    options = dict(table.table("options", {}).data)
    if name == "custom":
        function = table.text("function", "check")
        if not IDENTIFIER.match(function):
            raise table.fail("function", f"{function!r} is not a Python identifier")
        options = {"function": function, **options}
    table.done()
    if name == "custom" and not (folder / "checker.py").is_file():
        raise table.fail("name", "is `custom` but checker.py is missing; add it")
    if name != "custom":
        try:
            CHECKERS[name].validate(options)
        except ValueError as error:
            raise table.fail("options", f"{error}") from None
    return CheckerSpec(name, options)


def _policy(table: Table) -> LimitPolicy:
    policy = LimitPolicy(
        time_floor_seconds=table.number("time_floor_seconds"),
        time_multiplier=table.number("time_multiplier", minimum=1.0 - 1e-9),
        memory_floor_bytes=int(table.number("memory_floor_mb") * MIB),
        memory_multiplier=table.number("memory_multiplier", minimum=1.0 - 1e-9),
        wall_multiplier=table.number("wall_multiplier", 3.0, minimum=1.0 - 1e-9),
        output_bytes=int(table.number("output_mb", 16) * MIB),
        log_bytes=int(table.number("log_kb", 1024) * 1024),
    )
    table.done()
    return policy


def _generated(table: Table) -> CaseSpec:
    name = table.text("id")
    if not CASE_NAME.match(name):
        raise table.fail("id", f"{name!r}: use lowercase letters, digits, '-' and '_'")
    spec = CaseSpec(
        name=name,
        category=table.text("category"),
        visibility=Visibility(table.text("visibility", "hidden", choices=("public", "hidden"))),
        source=f"[[generated]] {name}",
        seed=table.integer("seed"),
        params=dict(table.table("params", {}).data),
        function=table.text("function") if "function" in table.data else "",
    )
    table.done()
    return spec


def _with_function(case: CaseSpec, functions: tuple[EntryPoint, ...], where: str) -> CaseSpec:
    names = [function.name for function in functions]
    if not case.function:
        return replace(case, function=names[0])
    if case.function not in names:
        raise ProblemError(
            f"{where}: {case.source}: function: `{case.function}` is not declared; "
            f"expected one of {', '.join(names)}"
        )
    return case


def _budgets(table: Table) -> dict[str, Budget]:
    table.get("calibrated_with", "")
    cases = table.table("cases", {})
    budgets = {}
    for name in list(cases.data):
        entry = cases.table(name)
        budgets[name] = Budget(
            time_seconds=entry.number("time_seconds"),
            memory_bytes=int(entry.number("memory_mb") * MIB),
            reference_seconds=entry.number("reference_seconds", minimum=-1e-9),
            reference_bytes=int(entry.number("reference_mb", minimum=-1e-9) * MIB),
        )
        entry.done()
    cases.done()
    table.done()
    return budgets


def _file_cases(folder: Path, shown: str, functions: tuple[EntryPoint, ...]) -> tuple[CaseSpec, ...]:
    cases = []
    for visibility in (Visibility.PUBLIC, Visibility.HIDDEN):
        directory = folder / "cases" / visibility.value
        files = sorted(directory.glob("*.json")) if directory.is_dir() else []
        if visibility is Visibility.PUBLIC and not files:
            raise ProblemError(f"{shown}/cases/public/: no examples; add at least one *.json case")
        for path in files:
            cases.append(
                _file_case(path, f"{shown}/cases/{visibility.value}/{path.name}", visibility, functions)
            )
    return tuple(cases)


def _file_case(path: Path, shown: str, visibility: Visibility, functions: tuple[EntryPoint, ...]) -> CaseSpec:
    name = path.stem
    if not CASE_NAME.match(name):
        raise ProblemError(f"{shown}: file name: use lowercase letters, digits, '-' and '_'")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise ProblemError(f"{shown}: not valid JSON ({error}); fix the syntax") from None
    table = Table(data, shown)
    category = table.text("category")
    names = [function.name for function in functions]
    called = table.text("function", names[0], choices=tuple(names))
    entry_point = functions[names.index(called)]
    args = table.table("args")
    missing = [param for param in entry_point.params if param not in args.data]
    if missing:
        raise args.fail(missing[0], f"missing; `{called}` takes {', '.join(entry_point.params)}")
    try:
        values = arrays.coerce(entry_point, {param: args.get(param) for param in entry_point.params})
    except ValueError as error:
        raise ProblemError(f"{shown}: args.{error}") from None
    args.done()
    has_expected = "expected" in data
    expected: Any = table.get("expected", None)
    table.done()
    return CaseSpec(
        name=name,
        category=category,
        visibility=visibility,
        source=shown,
        args=values,
        expected=expected,
        has_expected=has_expected,
        function=called,
    )


def _check_unique(cases: tuple[CaseSpec, ...], toml_file: str) -> None:
    seen: dict[str, str] = {}
    for case in cases:
        if case.name in seen:
            raise ProblemError(
                f"{case.source}: case id `{case.name}` is also used by {seen[case.name]}; rename one"
            )
        seen[case.name] = case.source
