"""Grading a practice repo end to end in the local sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli_helpers import run_judge


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_grade_in_the_local_sandbox_warns_and_reports_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    heap = Path(__file__).resolve().parents[2] / "problems/top-k-products/solutions/accepted/heap.py"
    _write(
        tmp_path,
        {
            "judge.toml": '[problems]\ntop-k-products = "top.py"\nknn = "knn.py"\n',
            "top.py": heap.read_text(),
        },
    )
    ran = run_judge(capsys, "grade", str(tmp_path), "--sandbox", "local", "--no-complexity")
    assert ran.code == 1
    assert ran.err.startswith("warning: --sandbox local runs the submissions as plain processes")
    assert re.search(r"top-k-products\s+│ top\.py\s+│ passed\s+│ 32/32", ran.out), ran.out
    assert re.search(r"knn\s+│ knn\.py\s+│ missing", ran.out)
    assert "knn: no solution file: add knn.py" in ran.out
    assert "1/2 problems passed · score 10/20" in ran.out
