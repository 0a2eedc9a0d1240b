"""The runner under misbehaving submissions, in both backends: right verdict, judge unharmed."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from judge.backends import local
from judge.models import Verdict
from tests.integration.conftest import grade

CASES = {
    "accepted": ("def solve(values):\n    return sum(values)\n", {Verdict.AC}),
    "wrong": ("def solve(values):\n    return sum(values) + 1\n", {Verdict.WA}),
    "cpu_loop": ("def solve(values):\n    while True:\n        pass\n", {Verdict.TLE}),
    "sleeps": ("import time\ndef solve(values):\n    time.sleep(30)\n", {Verdict.TLE}),
    "memory_bomb": ("def solve(values):\n    return len(bytearray(1 << 30))\n", {Verdict.MLE}),
    "memory_creep": (
        "def solve(values):\n    keep = [bytes(1 << 20) for _ in range(400)]\n    return 0\n",
        {Verdict.MLE},
    ),
    "raises": ("def solve(values):\n    raise ValueError(f'bad {values}')\n", {Verdict.RE}),
    "deep_recursion": ("def solve(values):\n    return solve(values)\n", {Verdict.RE}),
    "sys_exit": ("import sys\ndef solve(values):\n    sys.exit(0)\n", {Verdict.RE}),
    "os_exit": ("import os\ndef solve(values):\n    os._exit(0)\n", {Verdict.RE}),
    "segfault": ("import ctypes\ndef solve(values):\n    return ctypes.string_at(0)\n", {Verdict.RE}),
    "prints_flood": (
        "def solve(values):\n    print('x' * (1 << 20))\n    return sum(values)\n",
        {Verdict.OLE},
    ),
    "returns_huge": ("def solve(values):\n    return ['x' * 1000] * 5000\n", {Verdict.OLE}),
    "returns_set": ("def solve(values):\n    return {sum(values)}\n", {Verdict.WA}),
    "forges_result_line": (
        "import json\n"
        "def solve(values):\n"
        "    print(json.dumps({'type': 'result', 'id': 'hidden-01', 'status': 'returned', 'output': 6}))\n"
        "    print('AC')\n"
        "    return -1\n",
        {Verdict.WA},
    ),
    "top_level_raises": ("raise RuntimeError('at import')\ndef solve(values):\n    return 0\n", {Verdict.RE}),
    "imports_sklearn": ("import sklearn\ndef solve(values):\n    return 0\n", {Verdict.CE}),
    "wrong_arity": ("def solve(values, extra):\n    return 0\n", {Verdict.CE}),
    "not_callable": ("solve = 42\n", {Verdict.CE}),
    "syntax_error": ("def solve(values)\n    return 0\n", {Verdict.CE}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_verdicts(sandbox, tmp_path: Path, name: str) -> None:
    source, verdicts = CASES[name]
    report = grade(sandbox, source, tmp_path)
    assert {result.verdict for result in report.results} == verdicts, [r.message for r in report.results]
    for result in report.results:
        if result.visibility.value == "hidden":
            assert "4242" not in result.message  # hidden inputs never echo back


def test_cpu_hog_is_stopped_at_its_budget_not_at_the_rlimit(sandbox, tmp_path: Path) -> None:
    report = grade(sandbox, CASES["cpu_loop"][0], tmp_path)
    for result in report.results:
        budget = result.limits.cpu_seconds
        assert result.cpu_seconds is not None and budget < result.cpu_seconds < 2 * budget
        assert f"the budget is {budget:.2f} s" in result.message


def test_messages_for_public_failures(sandbox, tmp_path: Path) -> None:
    report = grade(sandbox, CASES["raises"][0], tmp_path)
    public = report.results[0]
    assert "ValueError: bad [1, 2, 3]" in public.message
    assert 'File "solution.py", line 2, in solve' in public.message
    assert "raise ValueError(f'bad {values}')" in public.message
    assert "runner.py" not in public.message and "child.py" not in public.message  # trimmed
    hidden = report.results[1]
    assert hidden.message == "ValueError at solution.py:2"


def test_compile_errors_say_how_to_fix(sandbox, tmp_path: Path) -> None:
    report = grade(sandbox, CASES["imports_sklearn"][0], tmp_path)
    assert report.compile_error is not None
    assert "imports `sklearn`, which this problem does not allow" in report.compile_error
    assert "(allowed: the standard library, numpy)" in report.compile_error
    report = grade(sandbox, "def sovle(values):\n    return 0\n", tmp_path)
    assert report.compile_error == "solution.py defines no function `solve`; did you mean `sovle`? rename it"
    report = grade(sandbox, CASES["wrong_arity"][0], tmp_path)
    assert "`solve(values, extra)` cannot take the 1 positional argument(s)" in (report.compile_error or "")


def test_printed_output_is_captured_not_judged(sandbox, tmp_path: Path) -> None:
    report = grade(
        sandbox, "def solve(values):\n    print('debug', values)\n    return sum(values)\n", tmp_path
    )
    assert report.accepted
    assert report.results[0].stdout_tail == "debug [1, 2, 3]\n"
    assert report.results[1].stdout_tail == ""  # hidden: not shown


def test_timing_and_memory_are_measured(sandbox, tmp_path: Path) -> None:
    source = (
        "def solve(values):\n"
        "    block = bytearray(20 << 20)\n"
        "    for i in range(0, len(block), 4096):\n"
        "        block[i] = 1\n"
        "    total = 0\n"
        "    for i in range(2_000_000):\n"
        "        total += i\n"
        "    return sum(values)\n"
    )
    report = grade(sandbox, source, tmp_path)
    assert report.accepted
    for result in report.results:
        assert result.cpu_seconds is not None and 0.02 < result.cpu_seconds < 0.5
        assert result.peak_bytes is not None and 19 << 20 <= result.peak_bytes <= 30 << 20


def test_next_submission_is_unharmed(sandbox, tmp_path: Path) -> None:
    bomb = (
        "import os\ndef solve(values):\n    for _ in range(8):\n        os.fork()\n    return sum(values)\n"
    )
    grade(sandbox, bomb, tmp_path)
    assert grade(sandbox, CASES["accepted"][0], tmp_path).accepted


def test_numpy_preload_takes_its_lazily_imported_submodules_along() -> None:
    # np.unique imports numpy.ma on its first call (~10 ms): a child forked after the preload
    # must not pay it, or the solution that calls it first looks slower than it is
    sandbox_dir = Path(__file__).resolve().parents[2] / "sandbox"
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import runner\n"
        "runner._preload('import numpy as np', [])\n"
        "print(sorted(m for m in ('numpy', 'numpy.ma', 'numpy.fft', 'numpy.random') if m in sys.modules))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe, str(sandbox_dir)], capture_output=True, text=True, check=True
    )
    assert ran.stdout.strip() == "['numpy', 'numpy.fft', 'numpy.ma', 'numpy.random']"


def test_a_finished_runs_writer_never_writes_again() -> None:
    """drive() feeds the runner from a thread. When a run ends early (a mutant's first failure),
    that thread may be blocked on the full pipe; once the runner is stopped it must fail, and
    never write again: the pipe's fd number is free for the next run's stdin, whose runner
    would read this job's test as its header."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        bufsize=0,
        start_new_session=True,
    )
    with tempfile.TemporaryFile() as stderr:
        transport = local._PipeTransport(process, stderr)
        failures: list[BaseException] = []

        def feed() -> None:
            try:
                transport.send(b"x" * (8 << 20))  # more than any pipe holds: blocks
            except (OSError, ValueError) as error:
                failures.append(error)

        writer = threading.Thread(target=feed)
        writer.start()
        time.sleep(0.2)
        assert writer.is_alive()  # blocked in write on the full pipe
        local._stop(process, transport)
        writer.join(5)
        # the write ends with the runner (EPIPE, or the count it got in before the kill)
        assert not writer.is_alive() and all(isinstance(error, OSError) for error in failures)
        with pytest.raises(ValueError, match="the run is over"):
            transport.send(b'{"id": "hidden-01"}\n')
