"""The history as real judge runs fill it: a submit records one attempt, two judges at once both
record, a killed run leaves no half record."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge import history
from judge.models import Verdict
from tests.cli_helpers import run_judge
from tests.grade_fixtures import curve, growth, linear, report, result

ROOT = Path(__file__).resolve().parents[2]


def _report(passed: int = 2, failed: int = 0):
    results = [result(i, Verdict.AC) for i in range(passed)] + [
        result(passed + i, Verdict.WA) for i in range(failed)
    ]
    return report("top-k-products", results, growth(curve(linear, 0.01), curve(linear, 0.01, seed=2)))


def test_two_judges_recording_at_once_both_record(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    script = (
        "import sys, pathlib\nfrom judge import history\nfrom tests.unit.test_history import _report\n"
        "for _ in range(int(sys.argv[2])):\n"
        "    history.record(_report(), 'submit', '{}', 'text', path=pathlib.Path(sys.argv[1]))\n"
    )
    writers = [subprocess.Popen([sys.executable, "-c", script, str(db), "25"], cwd=ROOT) for _ in range(2)]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    assert len(history.attempts(db, limit=1000)) == 50
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_run_killed_mid_way_leaves_no_half_record(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite3"
    history.record(_report(), "submit", "{}", "before", path=db)
    started = tmp_path / "started"  # the local sandbox shares the file system: a sign it is mid-run
    solution = tmp_path / "slow.py"
    solution.write_text(
        "import time\ndef top_k_products(purchases, k):\n"
        f"    open({str(started)!r}, 'w').close()\n    time.sleep(30)\n    return []\n"
    )
    env = {**os.environ, "JUDGE_HISTORY": str(db)}
    judge = subprocess.Popen(
        [sys.executable, "-m", "judge", "submit", "top-k-products", str(solution), "--sandbox", "local"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not started.exists() and judge.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), "the judge never reached its first test"  # else the kill proves nothing
    os.killpg(judge.pid, signal.SIGKILL)
    judge.wait(timeout=30)
    found = history.attempts(db)
    assert [a.submission for a in found] == ["solutions/top-k-products.py"]  # only the earlier one
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_submit_records_an_attempt(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "submit.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(db))
    solution = ROOT / "problems" / "top-k-products" / "solutions" / "accepted" / "heap.py"
    ran = run_judge(
        capsys, "submit", "top-k-products", str(solution), "--sandbox", "local", "--no-complexity"
    )
    assert ran.code == 0
    (attempt,) = history.attempts(db)
    assert attempt.ok and attempt.command == "submit" and attempt.passed == attempt.total > 0
    _, _, text = history.stored_report(db, attempt.id)
    assert "accepted" in text


def test_two_real_judges_at_once_both_record(tmp_path: Path) -> None:
    db = tmp_path / "two.sqlite3"
    solution = ROOT / "problems" / "top-k-products" / "solutions" / "accepted" / "heap.py"
    env = {**os.environ, "JUDGE_HISTORY": str(db)}
    command = [
        sys.executable,
        "-m",
        "judge",
        "submit",
        "top-k-products",
        str(solution),
        "--sandbox",
        "local",
        "--no-complexity",
    ]
    judges = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL) for _ in range(2)]
    assert [judge.wait(timeout=300) for judge in judges] == [0, 0]
    assert len(history.attempts(db)) == 2
