"""A problem's rules hold at run time too, in both sandboxes: an import or a call that no reading
of the source can see (`__import__`, `getattr`) is a compile error naming the rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from judge.models import Verdict
from tests.integration.conftest import grade

BY_HAND = (
    "def solve(values):\n    total = 0\n    for value in values:\n        total += value\n    return total\n"
)


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        (
            "def solve(values):\n    numpy = __import__('nu' + 'mpy')\n"
            "    return int(numpy.add.reduce(values))\n",
            "imports `numpy`, which this problem does not allow (allowed: the standard library)",
        ),
        (
            "import builtins\ndef solve(values):\n    return getattr(builtins, 's' + 'um')(values)\n",
            "calls `builtins.sum`, which this problem does not allow: add the values up yourself",
        ),
        (
            "import importlib\nfsum = getattr(importlib.import_module('math'), 'fs' + 'um')\n"
            "def solve(values):\n    return int(fsum(values))\n",
            "calls `math.fsum`, which this problem does not allow",
        ),
    ],
    ids=["dynamic-import", "getattr-builtin", "getattr-module"],
)
def test_what_the_source_hides_is_caught_when_it_runs(
    sandbox: Any, tmp_path: Path, source: str, needle: str
) -> None:
    report = grade(sandbox, source, tmp_path, slug="sum-by-hand")
    assert {result.verdict for result in report.results} == {Verdict.CE}, report.results
    assert report.compile_error is None or needle in report.compile_error
    shown = " ".join([report.compile_error or "", *(result.message for result in report.results)])
    assert needle in shown, shown


def test_a_solution_that_keeps_the_rules_is_accepted_and_a_static_break_never_runs(
    sandbox: Any, tmp_path: Path
) -> None:
    assert {result.verdict for result in grade(sandbox, BY_HAND, tmp_path, slug="sum-by-hand").results} == {
        Verdict.AC
    }
    report = grade(
        sandbox, "import numpy\ndef solve(values):\n    return sum(values)\n", tmp_path, "sum-by-hand"
    )
    assert report.compile_error == (
        "solution.py, line 1: imports `numpy`, which this problem does not allow "
        "(allowed: the standard library)"
    )
    assert all(result.cpu_seconds is None for result in report.results)  # nothing ran
