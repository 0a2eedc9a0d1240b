"""The rules of the layout (docs/architecture.md), checked: renderers import no engine, only the
backends start processes, and only cli/output.py and the named stores write files."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

JUDGE = Path(__file__).resolve().parents[2] / "judge"
RENDERERS = sorted(path.stem for path in (JUDGE / "report").glob("*.py") if path.stem != "__init__")
# What a renderer may bring along: the records it renders and the rules they carry.
RENDERER_MAY_LOAD = (
    "judge",
    "judge.errors",
    "judge.models",
    "judge.paths",  # how a path is shown
    "judge.history",  # the history's records (the store itself is a renderer's input)
    "judge.complexity",
    "judge.checkers",
    "judge.report",
    "judge.grading",
    "judge.grading.records",
    "judge.grading.task_score",  # the Codility-style scores: pure arithmetic over a report
    "judge.pipeline",
    "judge.pipeline.records",
)
WRITERS = {  # the modules that may write files: cli/output.py and the explicit stores
    "cli/output.py",
    "paths.py",  # the atomic writer, the cache folders, crash reports
    "history.py",
    "grading/baseline.py",
    "package/budgets.py",
    "backends/uids.py",  # the uid leases' lock files
    "backends/wheels.py",  # the wheel cache
    "backends/profile_lines.py",  # a script in judge profile's own temp dir (memory_profiler reads it)
    "cluster/packing.py",  # a worker unpacks a task's repo into the task's own temp dir, as a clone
}
PROCESS_MODULES = {"subprocess", "docker", "multiprocessing", "pty"}
PROCESS_CALLS = {"fork", "forkpty", "posix_spawn", "posix_spawnp", "system", "popen", "execv", "execvp"}
WRITE_CALLS = {"write_text", "write_bytes", "write_atomic", "write_cache_folder", "mkdir", "replace"}


def _loaded_alone(module: str) -> set[str]:
    """The judge modules that importing ``module`` loads, as in a fresh interpreter."""
    saved = {name: mod for name, mod in sys.modules.items() if name == "judge" or name.startswith("judge.")}
    for name in saved:
        del sys.modules[name]
    try:
        importlib.import_module(module)
        return {name for name in sys.modules if name == "judge" or name.startswith("judge.")}
    finally:
        for name in [name for name in sys.modules if name == "judge" or name.startswith("judge.")]:
            del sys.modules[name]
        sys.modules.update(saved)


@pytest.mark.parametrize("renderer", RENDERERS)
def test_a_renderer_loads_records_never_the_engine(renderer: str) -> None:
    loaded = _loaded_alone(f"judge.report.{renderer}")
    outside = sorted(name for name in loaded if not _may_load(name))
    assert outside == [], f"judge.report.{renderer} loads {outside}"


def _may_load(name: str) -> bool:
    if name.startswith(("judge.grading.", "judge.pipeline.")):
        return name in RENDERER_MAY_LOAD  # their records, never the work
    return any(name == allowed or name.startswith(f"{allowed}.") for allowed in RENDERER_MAY_LOAD)


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(JUDGE)), ast.parse(path.read_text())) for path in sorted(JUDGE.rglob("*.py"))
    ]


def test_only_the_backends_start_processes() -> None:
    found = []
    for name, tree in _modules():
        if name.startswith("backends/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                modules = (
                    [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module]
                )
                found += [f"{name}: imports {module}" for module in modules if module in PROCESS_MODULES]
            elif (
                isinstance(node, ast.Attribute)
                and node.attr in PROCESS_CALLS
                and isinstance(node.value, ast.Name)
                and node.value.id == "os"
            ):
                found.append(f"{name}: os.{node.attr}")
    assert found == []


def test_only_the_output_module_and_the_stores_write_files() -> None:
    found = []
    for name, tree in _modules():
        if name in WRITERS:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in WRITE_CALLS and not _is_str_replace(node):
                    found.append(f"{name}:{node.lineno}: .{node.func.attr}()")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
                mode = node.args[1] if len(node.args) > 1 else None
                if isinstance(mode, ast.Constant) and any(flag in str(mode.value) for flag in "wax+"):
                    found.append(f"{name}:{node.lineno}: open(..., {mode.value!r})")
    # the cases and the curve inputs are cached, through paths.write_cache_folder
    assert [line for line in found if not line.endswith(".write_cache_folder()")] == []
    assert {line.split(":")[0] for line in found} == {"package/cases.py", "pipeline/curves.py"}


def _is_str_replace(node: ast.Call) -> bool:
    """``text.replace(a, b)`` (a string method), not ``os.replace(src, dst)``."""
    target = node.func
    return (
        isinstance(target, ast.Attribute)
        and target.attr == "replace"
        and not (isinstance(target.value, ast.Name) and target.value.id == "os")
    )
