"""`judge watch`: the public examples again on every save; Ctrl-C leaves nothing behind."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from judge import paths
from tests.conftest import own_runner_processes, own_temp_entries

TOPK = paths.PROJECT_ROOT / "problems" / "top-k-products"


def _reader(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """Lines of the process's stdout as they come (a thread: a buffered pipe defeats select)."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _read_until(lines: queue.Queue[str], needle: str, seen: list[str], seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(line)
        if needle in line:
            return True
    return False


def test_watch_reruns_on_save_and_stops_clean(tmp_path: Path) -> None:
    solution = tmp_path / "top_k.py"
    solution.write_text((TOPK / "reference.py").read_text())
    run_id = f"test-{uuid.uuid4().hex[:10]}"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "judge",
            "watch",
            "top-k-products",
            str(solution),
            "--sandbox",
            "local",
            "--debounce",
            "100",
        ],
        cwd=paths.PROJECT_ROOT,
        env={**os.environ, "JUDGE_RUN_ID": run_id, "JUDGE_HISTORY": "off"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[str] = []
    lines = _reader(process)
    try:
        assert _read_until(lines, "3/3 selected tests passed", seen), "".join(seen)
        # an editor's save: a new file renamed over the old one
        saved = tmp_path / "top_k.py.new"
        saved.write_text((TOPK / "solutions" / "wrong_answer" / "most_common.py").read_text())
        saved.replace(solution)
        assert _read_until(lines, "WA on sample #2", seen), "".join(seen)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        assert process.stderr is not None
        err = process.stderr.read()
        time.sleep(0.2)
        while not lines.empty():
            seen.append(lines.get())
        out = "".join(seen)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "stopped watching" in out and "Traceback" not in err
    assert own_temp_entries(run_id) == set() and own_runner_processes(run_id) == []
    assert sum(line.startswith("watching ") for line in seen) == 2  # one run at start, one on the save


def test_watching_a_file_that_does_not_exist_is_one_line_and_exit_2(tmp_path: Path) -> None:
    ran = subprocess.run(
        [sys.executable, "-m", "judge", "watch", "top-k-products", str(tmp_path / "nope" / "x.py")],
        cwd=paths.PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 2 and "does not exist" in ran.stderr and "Traceback" not in ran.stderr
