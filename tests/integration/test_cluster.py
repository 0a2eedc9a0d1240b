"""`judge worker` and `grade-many --broker` on real parts: a redis-server of the test's own on
a free port, `judge worker` processes (each with a run id of its own, so its containers and
temp dirs are found and removed), a queue name unique to the test, the Docker sandbox.

Each test builds its own small cluster, so they hold in any order and on any pytest worker;
every process it started is killed and every container and temp dir its workers made is
removed in teardown."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from judge import history, paths
from judge.cluster.app import Broker, make_app
from tests.cli_helpers import run_judge
from tests.conftest import RUN_ID, own_containers, own_temp_entries
from tests.golden_files import steady
from tests.grade_fixtures import practice_repo

ROOT = paths.PROJECT_ROOT
TOPK = ROOT / "problems" / "top-k-products" / "solutions"
HEAP = TOPK / "accepted" / "heap.py"
VISIBILITY_SECONDS = 15  # a killed worker's task is graded elsewhere this long after it was taken
VARYING = {"cpu_seconds", "peak_bytes", "duration_seconds", "seconds"}


def _slow(seconds_per_test: float) -> str:
    """Right, but slow enough per test to act while the repo is being graded."""
    return (
        HEAP.read_text()
        + "\n\nimport time\n_right = top_k_products\n\n\n"
        + f"def top_k_products(purchases, k):\n    time.sleep({seconds_per_test})\n"
        + "    return _right(purchases, k)\n"
    )


def _slow_repos(folder: Path, names: list[str], seconds_per_test: float) -> None:
    """Practice repos whose top-k solution is right but takes ``seconds_per_test`` a test."""
    for name in names:
        (folder / name).mkdir()
        (folder / name / "judge.toml").write_text('[problems]\ntop-k-products = "top.py"\n')
        (folder / name / "top.py").write_text(_slow(seconds_per_test))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@dataclass
class Cluster:
    url: str
    queue: str
    redis: subprocess.Popen[bytes]
    logs: Path
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)  # run id -> process

    def start_worker(self) -> str:
        run_id = f"{RUN_ID}-w{uuid.uuid4().hex[:6]}"
        log = (self.logs / f"{run_id}.log").open("wb")
        self.workers[run_id] = subprocess.Popen(
            [
                *(sys.executable, "-m", "judge", "worker", "--broker", self.url, "--queue", self.queue),
                *("--concurrency", "1", "--visibility-timeout", str(VISIBILITY_SECONDS)),
                *("--name", f"{run_id}@test"),
            ],
            cwd=ROOT,
            env={**os.environ, "JUDGE_RUN_ID": run_id, "JUDGE_HISTORY": "off", "PYTHONPATH": str(ROOT)},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: killed whole, as a machine dies
        )
        return run_id

    def wait_ready(self) -> None:
        app = make_app(Broker(self.url, self.queue))
        expected = {f"{run_id}@test" for run_id in self.workers}

        def answered() -> bool:
            names = {name for reply in app.control.ping(timeout=0.5) for name in reply}
            return expected <= names

        assert _wait_for(answered, 60), self.log_tail()

    def log_tail(self) -> str:
        return "\n".join(path.read_text()[-1500:] for path in self.logs.glob("*.log"))

    def grade_many(self, listing: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [
                *(sys.executable, "-m", "judge", "grade-many", str(listing), "--out", str(out)),
                *("--broker", self.url, "--queue", self.queue, "--no-complexity", *extra),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def _stop(process: subprocess.Popen[Any], group: bool) -> None:
    if process.poll() is None:
        if group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    process.wait(timeout=30)


@pytest.fixture
def cluster_factory(docker_sandbox: Any, tmp_path: Path) -> Iterator[Any]:
    """make(workers) -> a running Cluster; everything it started is gone after the test."""
    if shutil.which("redis-server") is None:
        if os.environ.get("JUDGE_REQUIRE_DOCKER") == "1":
            pytest.fail(
                "JUDGE_REQUIRE_DOCKER=1 but redis-server is not installed (apt-get install redis-server)"
            )
        pytest.skip("redis-server is not installed")
    made: list[Cluster] = []

    def make(workers: int) -> Cluster:
        # A free port can be taken by another suite before redis binds it: our redis then exits
        # (and what answers there is not ours), so it is started again on another port.
        for _ in range(3):
            cluster = _start_redis(tmp_path)
            made.append(cluster)
            if cluster.redis.poll() is None:
                break
        port = urlsplit(cluster.url).port
        assert cluster.redis.poll() is None and port and _answers(port), "redis-server did not start"
        for _ in range(workers):
            cluster.start_worker()
        cluster.wait_ready()
        return cluster

    yield make
    client = docker_sandbox.client
    for cluster in made:
        for run_id, process in cluster.workers.items():
            _stop(process, group=True)
            for container in own_containers(client, run_id):
                container.remove(force=True)
            for name in own_temp_entries(run_id):
                paths.remove_tree(Path(os.environ.get("TMPDIR", "/tmp")) / name)
        _stop(cluster.redis, group=False)
    for cluster in made:
        for run_id in cluster.workers:
            assert own_containers(client, run_id) == [] and own_temp_entries(run_id) == set()


def _start_redis(folder: Path) -> Cluster:
    """A redis-server of this test's own on a free port, answering (or already exited)."""
    port = _free_port()
    logs = folder / f"logs-{port}"
    logs.mkdir()
    redis = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=(logs / "redis.out").open("wb"),
        stderr=subprocess.STDOUT,
    )
    _wait_for(lambda: redis.poll() is not None or _answers(port), 10)
    return Cluster(f"redis://127.0.0.1:{port}/0", f"test-{uuid.uuid4().hex[:10]}", redis, logs)


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _repos(folder: Path) -> Path:
    """Eight practice repos: passing, failing, empty, a broken manifest, a missing file, a git URL."""
    practice_repo(folder / "ada", TOPK / "accepted" / "heap.py")
    practice_repo(folder / "bob", TOPK / "wrong_answer" / "most_common.py")
    practice_repo(folder / "cyd", TOPK / "accepted" / "sort_all.py")
    practice_repo(folder / "dee", TOPK / "runtime_error" / "index_error.py")
    (folder / "empty").mkdir()
    (folder / "broken").mkdir()
    (folder / "broken" / "judge.toml").write_text("[problems\n")
    (folder / "gone").mkdir()
    (folder / "gone" / "judge.toml").write_text('[problems]\ntop-k-products = "nowhere.py"\n')
    origin = practice_repo(folder / "origin", TOPK / "accepted" / "bucket_sort.py")
    git = ["git", "-C", str(origin), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(origin)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "solutions"], check=True)
    listing = folder / "repos.txt"
    listing.write_text(
        "\n".join(["ada", "bob", "cyd", "dee", "empty", "broken", "gone", f"file://{origin}"]) + "\n"
    )
    return listing


def _steady(value: Any) -> Any:
    return steady(value, VARYING)


def _attempts(command: str) -> int:
    where = history.location()
    assert where is not None
    return sum(1 for attempt in history.attempts(where, None, 100_000) if attempt.command == command)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_cluster_grades_a_batch_exactly_as_the_local_grade_many_does(
    cluster_factory: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cluster = cluster_factory(2)
    listing = _repos(tmp_path / "class")
    before = _attempts("grade-many")
    local = run_judge(
        capsys, "grade-many", str(listing), "--jobs", "2", "--out", str(tmp_path / "local"), "--no-complexity"
    )
    local_rows = _attempts("grade-many") - before
    ran = run_judge(
        capsys, "grade-many", str(listing), "--out", str(tmp_path / "cluster"), "--no-complexity",
        "--broker", cluster.url, "--queue", cluster.queue,
    )  # fmt: skip
    assert (ran.code, local.code) == (1, 1), ran.err + cluster.log_tail()
    summary = _steady(json.loads((tmp_path / "cluster" / "summary.json").read_text()))
    assert summary == _steady(json.loads((tmp_path / "local" / "summary.json").read_text()))
    assert {row["repo"]: row["status"] for row in summary["repos"]} == {
        "ada": "passed", "bob": "failed", "cyd": "passed", "dee": "failed",
        "empty": "error", "broken": "error", "gone": "failed", "origin": "passed",
    }  # fmt: skip
    for name in ("ada", "bob", "cyd", "dee", "gone", "origin"):
        graded = json.loads((tmp_path / "cluster" / f"{name}.json").read_text())
        assert _steady(graded) == _steady(json.loads((tmp_path / "local" / f"{name}.json").read_text()))
    assert _attempts("grade-many") - before == 2 * local_rows == 10  # history rows here, as locally
    assert "[8/8]" in ran.err and "sent 8 repos" in ran.err


def test_a_worker_killed_while_grading_leaves_its_repo_to_another(
    cluster_factory: Any, tmp_path: Path, docker_sandbox: Any
) -> None:
    cluster = cluster_factory(2)
    names = ["slow-1", "slow-2", "slow-3"]
    _slow_repos(tmp_path, names, 0.15)
    listing = tmp_path / "repos.txt"
    listing.write_text("\n".join(names) + "\n")
    before = _attempts("grade-many")
    process = cluster.grade_many(listing, tmp_path / "out")
    client = docker_sandbox.client

    def grading() -> str | None:
        return next((run_id for run_id in cluster.workers if own_containers(client, run_id)), None)

    assert _wait_for(lambda: grading() is not None, 60), cluster.log_tail()
    victim = grading()
    assert victim is not None
    os.killpg(cluster.workers[victim].pid, signal.SIGKILL)  # the whole worker, as when its machine dies
    _, err = process.communicate(timeout=240)
    assert process.returncode == 0, err + cluster.log_tail()
    rows = list(csv.DictReader((tmp_path / "out" / "summary.csv").open()))
    assert sorted(row["repo"] for row in rows) == names  # each exactly once
    assert all(row["status"] == "passed" for row in rows), rows
    assert sorted(path.name for path in (tmp_path / "out").glob("*.json")) == sorted(
        [f"{name}.json" for name in names] + ["summary.json"]
    )
    assert _attempts("grade-many") - before == len(names)  # counted once, however often it ran


def test_redis_stopping_mid_batch_exits_4_and_keeps_what_finished(
    cluster_factory: Any, tmp_path: Path
) -> None:
    cluster = cluster_factory(1)
    practice_repo(tmp_path / "quick", HEAP)
    _slow_repos(tmp_path, ["slow-1", "slow-2"], 0.3)
    listing = tmp_path / "repos.txt"
    listing.write_text("quick\nslow-1\nslow-2\n")
    out = tmp_path / "out"
    process = cluster.grade_many(listing, out)
    assert _wait_for(lambda: (out / "quick.json").exists(), 120), cluster.log_tail()
    cluster.redis.terminate()
    _, err = process.communicate(timeout=120)
    assert process.returncode == 4, err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "stopped answering" in errors[0], err
    assert json.loads((out / "quick.json").read_text())["problems"][0]["status"] == "passed"
    rows = {row["repo"]: row for row in json.loads((out / "summary.json").read_text())["repos"]}
    assert rows["quick"]["status"] == "passed"
    assert {rows["slow-1"]["status"], rows["slow-2"]["status"]} == {"error"}
    assert "stopped answering" in rows["slow-2"]["message"]
    assert not list(out.glob(".*.tmp")) and not (out / "slow-2.json").exists()


def test_an_unreachable_broker_is_one_line_and_exit_4(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    practice_repo(tmp_path / "ada", HEAP)
    (tmp_path / "repos.txt").write_text("ada\n")
    broker = f"redis://127.0.0.1:{_free_port()}/0"
    ran = run_judge(
        capsys, "grade-many", str(tmp_path / "repos.txt"), "--broker", broker, "--out", str(tmp_path / "o")
    )
    assert ran.code == 4 and ran.err.count("\n") == 1, ran.err
    assert "cannot be reached" in ran.err and "redis-server" in ran.err
    assert not (tmp_path / "o" / "summary.json").exists()


def test_a_worker_refuses_to_start_without_the_sandbox_image(
    docker_sandbox: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from judge.backends import image

    monkeypatch.setattr(image, "inputs_hash", lambda: "000000000000")
    ran = run_judge(capsys, "worker", "--broker", f"redis://127.0.0.1:{_free_port()}/0")
    assert ran.code == 4 and ran.err.count("\n") == 1, ran.err
    assert "judge sandbox build" in ran.err


def test_ctrl_c_on_the_submitter_revokes_what_did_not_start_and_keeps_what_finished(
    cluster_factory: Any, tmp_path: Path
) -> None:
    cluster = cluster_factory(1)
    practice_repo(tmp_path / "quick", HEAP)
    _slow_repos(tmp_path, ["slow-1", "slow-2"], 0.1)
    listing = tmp_path / "repos.txt"
    listing.write_text("quick\nslow-1\nslow-2\n")
    out = tmp_path / "out"
    process = cluster.grade_many(listing, out)
    assert _wait_for(lambda: (out / "quick.json").exists(), 120), cluster.log_tail()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    rows = {row["repo"]: row for row in json.loads((out / "summary.json").read_text())["repos"]}
    assert rows["quick"]["status"] == "passed"
    assert {rows["slow-1"]["status"], rows["slow-2"]["status"]} == {"interrupted"}
    assert not (out / "slow-2.json").exists() and not list(out.glob(".*.tmp"))
    # the worker finishes slow-1, which it had started (a thread cannot be stopped), then
    # discards slow-2 without grading it
    assert _wait_for(lambda: "Discarding revoked task" in cluster.log_tail(), 90), cluster.log_tail()
    assert cluster.log_tail().count("] succeeded in ") <= 2, cluster.log_tail()
