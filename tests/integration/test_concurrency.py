"""Two judges on one engine do not disturb each other: concurrent runs each get their own
verdicts and leave nothing; prune spares a live judge's container; grade-many stops on the first
SIGTERM within seconds and still writes its summary."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from judge import paths
from judge.backends import image, ownership
from tests.conftest import own_containers, own_temp_entries
from tests.integration.conftest import grade

ROOT = paths.PROJECT_ROOT
SOLUTIONS = ROOT / "problems"
HEAP = SOLUTIONS / "top-k-products" / "solutions" / "accepted" / "heap.py"
# Right, but half a second of sleep per test: a run of 32 tests lasts long enough to act on it.
SLOW_BUT_RIGHT = (
    HEAP.read_text()
    + "\n\nimport time\n_right = top_k_products\n\n\n"
    + ("def top_k_products(purchases, k):\n    time.sleep(0.5)\n    return _right(purchases, k)\n")
)


def _judge(run_id: str, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "judge", *args],
        cwd=ROOT,
        env={**os.environ, "JUDGE_RUN_ID": run_id, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run_id() -> str:
    return f"test-{uuid.uuid4().hex[:10]}"


def _wait_for(condition: Any, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_two_submits_and_a_grade_at_once_each_get_their_own_verdicts(
    docker_sandbox: Any, tmp_path: Path
) -> None:
    topk = SOLUTIONS / "top-k-products" / "solutions"
    repo = tmp_path / "repo"
    (repo / "solutions").mkdir(parents=True)
    shutil.copy(
        SOLUTIONS / "knn" / "solutions" / "accepted" / "stable_argsort.py", repo / "solutions" / "knn.py"
    )
    shutil.copy(topk / "wrong_answer" / "tuple_heap.py", repo / "solutions" / "top-k-products.py")
    (repo / "judge.toml").write_text(
        '[problems]\nknn = "solutions/knn.py"\ntop-k-products = "solutions/top-k-products.py"\n'
    )
    runs = [_run_id() for _ in range(3)]
    common = ["--sandbox", "docker", "--no-complexity"]
    processes = [
        _judge(runs[0], "submit", "top-k-products", str(topk / "accepted" / "heap.py"), "--json", *common),
        _judge(runs[1], "submit", "top-k-products", str(topk / "wrong_answer" / "most_common.py"), "--json",
               *common),
        _judge(runs[2], "grade", str(repo), "--json", str(tmp_path / "grade.json"), *common),
    ]  # fmt: skip
    results = [process.communicate(timeout=600) for process in processes]
    codes = [process.returncode for process in processes]
    assert codes == [0, 1, 1], results
    accepted, wrong = (json.loads(out) for out, _ in results[:2])
    assert accepted["accepted"] is True and accepted["passed"] == accepted["total"] == 32
    assert wrong["accepted"] is False and {test["verdict"] for test in wrong["tests"]} == {"AC", "WA"}
    graded = {
        problem["problem"]: problem
        for problem in json.loads((tmp_path / "grade.json").read_text())["problems"]
    }
    assert graded["knn"]["status"] == "passed" and graded["top-k-products"]["status"] == "failed"
    client = docker_sandbox.client
    for run_id in runs:
        assert _wait_for(lambda run_id=run_id: own_containers(client, run_id) == [], 20), run_id
        assert own_temp_entries(run_id) == set(), run_id


def _orphan(client: Any, **labels: str) -> Any:
    """A stopped submission container whose judge is gone (or lives on another machine)."""
    return client.containers.create(
        image.current_tag(), labels={**ownership.container_labels(), **labels}, network_mode="none"
    )


def test_prune_removes_only_containers_whose_judge_is_gone(docker_sandbox: Any, tmp_path: Path) -> None:
    client = docker_sandbox.client
    solution = tmp_path / "slow.py"
    solution.write_text(SLOW_BUT_RIGHT)
    live_run = _run_id()
    live = _judge(
        live_run, "submit", "--no-complexity", "top-k-products", str(solution), "--sandbox", "docker"
    )
    dead = other = None
    try:
        assert _wait_for(lambda: len(own_containers(client, live_run)) == 1), live.communicate(timeout=5)
        dead_run, other_run = _run_id(), _run_id()
        dead = _orphan(client, **{ownership.RUN: dead_run, ownership.PID: "4194303", ownership.STARTED: "1"})
        other = _orphan(client, **{ownership.RUN: other_run, ownership.HOST: "another-machine"})
        pruned = subprocess.run(
            [sys.executable, "-m", "judge", "sandbox", "prune"], cwd=ROOT, capture_output=True, text=True
        )
        assert pruned.returncode == 0, pruned.stderr
        assert dead.short_id in pruned.stdout
        assert own_containers(client, dead_run) == []
        (running,) = own_containers(client, live_run)
        assert (
            running.status == "running"
            and f"kept container {running.short_id} (its judge is running)" in pruned.stdout
        )
        assert len(own_containers(client, other_run)) == 1 and "made on another machine" in pruned.stdout
        _, err = live.communicate(timeout=120)
        assert live.returncode == 0, err  # the live judge finished its run, every test AC
    finally:
        if live.poll() is None:
            live.kill()
        for container in (dead, other):
            if container is not None:
                try:
                    container.remove(force=True)
                except Exception:
                    pass
    assert _wait_for(lambda: own_containers(client, live_run) == [], 20)


def test_grade_many_stops_on_sigterm_and_writes_the_summary(docker_sandbox: Any, tmp_path: Path) -> None:
    listing = tmp_path / "repos.txt"
    names = []
    for index in range(3):
        repo = tmp_path / f"student-{index}"
        repo.mkdir()
        (repo / "judge.toml").write_text('[problems]\ntop-k-products = "top.py"\n')
        (repo / "top.py").write_text(SLOW_BUT_RIGHT)
        names.append(repo.name)
    listing.write_text("\n".join(names) + "\n")
    run_id = _run_id()
    out = tmp_path / "grades"
    process = _judge(run_id, "grade-many", str(listing), "--jobs", "2", "--out", str(out), "--no-complexity")
    client = docker_sandbox.client
    assert _wait_for(lambda: len(own_containers(client, run_id)) == 2), process.communicate(timeout=5)
    time.sleep(0.5)
    signalled = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    stopped_in = time.monotonic() - signalled
    assert process.returncode == 130, err
    print(f"grade-many stopped {stopped_in:.2f} s after SIGTERM")
    assert stopped_in < 10, stopped_in  # the target is 5 s; the margin is for a loaded machine
    with (out / "summary.csv").open() as summary:
        rows = {row["repo"]: row for row in csv.DictReader(summary)}
    assert set(rows) == set(names)
    assert all(row["status"] == "interrupted" for row in rows.values()), rows
    assert json.loads((out / "summary.json").read_text())["exit_code"] == 130
    assert own_containers(client, run_id) == []
    assert own_temp_entries(run_id) == set()


FORK_BOMB = (
    "import os\n\n\ndef top_k_products(purchases, k):\n    while True:\n        try:\n"
    "            os.fork()\n        except OSError:\n            pass\n"
)
FORKING = (
    "import os\n\n\ndef solve(values):\n    workers = []\n    for _ in range(4):\n"
    "        pid = os.fork()\n        if pid == 0:\n            os._exit(0)\n        workers.append(pid)\n"
    "    for pid in workers:\n        os.waitpid(pid, 0)\n    return sum(values)\n"
)


def _forking_run(sandbox: Any, folder: Path) -> tuple[set[str], float]:
    report = grade(sandbox, FORKING, folder, slug="echo-sum")
    cpu = [result.cpu_seconds or 0.0 for result in report.results]
    return {result.verdict.value for result in report.results}, sum(cpu) / len(cpu)


def test_a_fork_bomb_in_one_sandbox_neither_stops_anothers_forks_nor_outruns_its_budget(
    docker_sandbox: Any, tmp_path: Path
) -> None:
    verdicts, alone = _forking_run(docker_sandbox, tmp_path)
    assert verdicts == {"AC"}
    bomb = tmp_path / "bomb.py"
    bomb.write_text(FORK_BOMB)
    bomb_run = _run_id()
    bombing = _judge(
        bomb_run, "submit", "top-k-products", str(bomb), "--sandbox", "docker", "--no-complexity", "--json"
    )
    try:
        assert _wait_for(lambda: len(own_containers(docker_sandbox.client, bomb_run)) == 1)
        time.sleep(1.0)  # let it fill its process table
        during: list[tuple[set[str], float]] = []
        while bombing.poll() is None and len(during) < 4:
            during.append(_forking_run(docker_sandbox, tmp_path))
        assert during and bombing.poll() is None, "the fork bomb ended before the other sandbox ran"
        out, err = bombing.communicate(timeout=300)
    finally:
        if bombing.poll() is None:
            bombing.kill()
    print(
        f"forking solution: {alone * 1000:.1f} ms CPU per test alone, "
        f"{max(cpu for _, cpu in during) * 1000:.1f} ms beside a fork bomb"
    )
    assert all(verdicts == {"AC"} for verdicts, _ in during), during
    assert all(cpu <= 3 * alone + 0.02 for _, cpu in during), (alone, during)
    # The bomb's CPU, spread over its processes, is counted and stopped at the budget (1 s),
    # not at the wall-clock limit (4 s).
    tests = json.loads(out)["tests"]
    timed_out = [test for test in tests if test["verdict"] == "TLE"]
    assert timed_out, err
    for test in timed_out:
        assert (
            test["message"].startswith("used ") and test["cpu_seconds"] < 1.5 * test["budget_cpu_seconds"]
        ), test
