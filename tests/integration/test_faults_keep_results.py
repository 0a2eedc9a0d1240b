"""An output that cannot be written costs only itself: the result is shown, the other files are
written, and the exit status is 4."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tests.cli_helpers import run_judge

ROOT = Path(__file__).resolve().parents[2]
HEAP = ROOT / "problems/top-k-products/solutions/accepted/heap.py"


def test_a_report_that_cannot_be_written_keeps_the_result_and_exits_4(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from judge import paths

    real_write = paths.write_atomic

    def full_for_the_page(path: Path, data: bytes | str, hint: str = "") -> None:
        if path.name == "report.html":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(path, data, hint)

    monkeypatch.setattr(paths, "write_atomic", full_for_the_page)
    out = tmp_path / "out"
    ran = run_judge(
        capsys, "submit", "top-k-products", str(HEAP), "--sandbox", "local", "--no-complexity",
        "--report", str(out),
    )  # fmt: skip
    assert ran.code == 4
    assert "32/32 passed — accepted" in ran.out  # the result is still shown
    assert (out / "report.json").is_file()  # and every other file is written
    assert ran.err.strip().splitlines()[-1] == (
        f"error: {out / 'report.html'}: not written (No space left on device)"
    )


def test_grade_writes_every_other_output_when_one_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from judge import paths

    repo = tmp_path / "repo"
    (repo / "solutions").mkdir(parents=True)
    (repo / "judge.toml").write_text('[problems]\ntop-k-products = "solutions/top.py"\n')
    (repo / "solutions" / "top.py").write_text(HEAP.read_text())
    out = tmp_path / "out"
    out.mkdir()
    real_write = paths.write_atomic

    def full_for_junit(path: Path, data: bytes | str, hint: str = "") -> None:
        if path.name == "junit.xml":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(path, data, hint)

    monkeypatch.setattr(paths, "write_atomic", full_for_junit)
    ran = run_judge(
        capsys, "grade", str(repo), "--sandbox", "local", "--no-complexity",
        "--junit", str(out / "junit.xml"), "--json", str(out / "r.json"), "--markdown", str(out / "s.md"),
    )  # fmt: skip
    assert ran.code == 4
    assert "1/1 problems passed" in ran.out
    assert json.loads((out / "r.json").read_text())["passed"] == 1 and (out / "s.md").is_file()
    assert not (out / "junit.xml").exists()
    assert f"error: --junit {out / 'junit.xml'}: not written (" in ran.err
