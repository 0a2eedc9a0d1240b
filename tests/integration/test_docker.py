"""The Docker backend for real: the container's locks, clean-up, and the image life cycle."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.backends import image, uids
from judge.backends.protocol import Job, Preflight, Result
from judge.models import CaseSpec, Limits, PreparedCase, Visibility
from tests.cli_helpers import run_judge
from tests.conftest import own_containers, own_runner_processes
from tests.integration.conftest import GOLDEN_PROBLEMS

LIMITS = Limits(cpu_seconds=2.0, memory_bytes=64 << 20, wall_seconds=10.0)
PROBE = r"""
import os, socket

def solve(values):
    facts = {"uid": os.getuid(), "gid": os.getgid(), "env": sorted(os.environ)}
    status = open("/proc/self/status").read()
    facts["cap_eff"] = [l.split()[1] for l in status.splitlines() if l.startswith("CapEff")][0]
    facts["no_new_privs"] = [l.split()[1] for l in status.splitlines() if l.startswith("NoNewPrivs")][0]
    for path in ("/opt/mljudge/x", "/etc/x", "/x"):
        try:
            open(path, "w").write("x")
            facts["wrote_" + path] = True
        except OSError as error:
            facts["wrote_" + path] = error.errno
    open("/tmp/scratch", "w").write("ok")
    stat = os.statvfs("/tmp")
    facts["tmp_bytes"] = stat.f_blocks * stat.f_frsize
    facts["interfaces"] = sorted(os.listdir("/sys/class/net"))
    try:
        socket.create_connection(("192.0.2.1", 80), timeout=1)
        facts["network"] = "connected"
    except OSError as error:
        facts["network"] = type(error).__name__
    facts["docker_socket"] = os.path.exists("/var/run/docker.sock")
    try:
        os.kill(1, 9)
        facts["kill_pid1"] = "sent"
    except OSError as error:
        facts["kill_pid1"] = error.errno
    return facts
"""


def _job(source: str) -> Job:
    spec = CaseSpec("probe", "probe", Visibility.HIDDEN, "probe", args=([1],), function="solve")
    case = PreparedCase("hidden-01", spec, b"[[1]]", None, LIMITS)
    return Job(source, {"solve": 1}, (), LIMITS, (case,))


def _labelled(client) -> list:
    return own_containers(client)


def test_container_is_locked_down(docker_sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_TEST_SECRET", "do-not-leak")
    events = docker_sandbox.run(_job(PROBE))
    try:
        first = next(events)
        assert isinstance(first, Preflight) and first.observation.status == "returned"
        (container,) = _labelled(docker_sandbox.client)
        host = container.attrs["HostConfig"]
        assert host["NetworkMode"] == "none"
        assert host["ReadonlyRootfs"] is True
        assert host["CapDrop"] == ["ALL"]
        assert "no-new-privileges" in host["SecurityOpt"]
        assert host["PidsLimit"] == 64
        assert host["Memory"] == host["MemorySwap"] > 0
        assert host["NanoCpus"] == 1_000_000_000
        assert "/tmp" in host["Tmpfs"]
        user = container.attrs["Config"]["User"]
        assert user.split(":")[0] == user.split(":")[1] and int(user.split(":")[0]) >= uids.FIRST_UID
        result = next(events)
    finally:
        events.close()
    assert isinstance(result, Result), result
    facts = result.observation.output
    # a uid leased for this container alone (RLIMIT_NPROC counts per host uid)
    assert uids.FIRST_UID <= facts["uid"] < uids.FIRST_UID + uids.SLOTS and facts["gid"] == facts["uid"]
    assert facts["cap_eff"] == "0000000000000000"
    assert facts["no_new_privs"] == "1"
    assert all(facts[f"wrote_{path}"] == 30 for path in ("/opt/mljudge/x", "/etc/x", "/x"))  # EROFS
    assert facts["tmp_bytes"] <= 64 << 20
    assert facts["interfaces"] == ["lo"]
    assert facts["network"] != "connected"
    assert facts["docker_socket"] is False
    assert "JUDGE_TEST_SECRET" not in facts["env"]
    assert facts["kill_pid1"] == "sent"  # delivered, and ignored: the runner still reported
    assert _wait_for(lambda: _labelled(docker_sandbox.client) == [], 10)


def test_container_removed_when_closed_early(docker_sandbox) -> None:
    events = docker_sandbox.run(_job("import time\ndef solve(values):\n    time.sleep(30)\n"))
    next(events)
    assert len(_labelled(docker_sandbox.client)) == 1
    events.close()
    assert _labelled(docker_sandbox.client) == []


def _wait_for(condition, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("kind", ["docker", "local"])
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_leaves_nothing_behind(
    docker_sandbox,
    tmp_path: Path,
    kind: str,
    how: signal.Signals,
) -> None:
    solution = tmp_path / "sleepy.py"
    solution.write_text("import time\ndef solve(values):\n    time.sleep(60)\n")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "JUDGE_PROBLEMS_DIR": str(GOLDEN_PROBLEMS), "TMPDIR": str(scratch)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "judge",
            "submit",
            "--no-complexity",
            "echo-sum",
            str(solution),
            "--sandbox",
            kind,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    client = docker_sandbox.client
    if kind == "docker":
        started = _wait_for(lambda: len(_labelled(client)) == 1)
    else:
        started = _wait_for(lambda: any(scratch.iterdir()))
    assert started, process.communicate(timeout=5)
    time.sleep(0.5)  # let the sandbox reach the sleeping test
    process.send_signal(how)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "interrupted" in err
    assert _labelled(client) == []
    assert list(scratch.iterdir()) == []
    assert own_runner_processes() == []


def test_missing_and_stale_image_exit_4_with_the_fix(
    docker_sandbox,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    solution = tmp_path / "s.py"
    solution.write_text("def solve(values):\n    return sum(values)\n")
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(GOLDEN_PROBLEMS))
    monkeypatch.setattr(image, "current_tag", lambda: "mljudge-sandbox:000000000000")
    ran = run_judge(capsys, "submit", "--no-complexity", "echo-sum", str(solution), "--sandbox", "docker")
    assert ran.code == 4
    assert "the sandbox image is stale" in ran.err and "run `judge sandbox build`" in ran.err
    # auto falls back to local and says why in one line.
    ran = run_judge(capsys, "submit", "--no-complexity", "echo-sum", str(solution))
    assert ran.code == 0
    assert ran.err.startswith("sandbox: local sandbox (Docker not ready: the sandbox image is stale")


def test_status_build_reuse_and_auto(
    docker_sandbox,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ran = run_judge(capsys, "sandbox", "status")
    assert ran.code == 0
    assert "engine: up" in ran.out and f"image:  {image.current_tag()} present" in ran.out
    status = json.loads(run_judge(capsys, "sandbox", "status", "--json").out)
    assert status["ready"] is True and status["image"]["tag"] == image.current_tag()
    built = run_judge(capsys, "sandbox", "build", "--base", status["image"]["base"])
    assert built.code == 0 and "is current" in built.err and built.out.strip() == image.current_tag()
    solution = tmp_path / "s.py"
    solution.write_text("def solve(values):\n    return sum(values)\n")
    monkeypatch.setenv("JUDGE_PROBLEMS_DIR", str(GOLDEN_PROBLEMS))
    ran = run_judge(capsys, "submit", "--no-complexity", "echo-sum", str(solution))
    assert ran.code == 0 and ran.err.startswith(f"sandbox: docker sandbox ({image.current_tag()})")


SYSCALL_PROBE = r"""
import ctypes, os, platform, stat

NUMBERS = {
    "x86_64": {"io_uring_setup": 425, "userfaultfd": 323, "bpf": 321, "perf_event_open": 298,
               "keyctl": 250, "add_key": 248, "request_key": 249, "unshare": 272, "setns": 308,
               "mount": 165, "umount2": 166, "pivot_root": 155, "ptrace": 101,
               "process_vm_readv": 310, "kcmp": 312, "clone3": 435},
    "aarch64": {"io_uring_setup": 425, "userfaultfd": 282, "bpf": 280, "perf_event_open": 241,
                "keyctl": 219, "add_key": 217, "request_key": 218, "unshare": 97, "setns": 268,
                "mount": 40, "umount2": 39, "pivot_root": 41, "ptrace": 117,
                "process_vm_readv": 270, "kcmp": 272, "clone3": 435},
}
# Arguments a permitted call would accept or at least answer with its own error (EFAULT, EBADF).
ARGUMENTS = {"unshare": (0x10000000,), "setns": (-1, 0), "keyctl": (0, -3, 0), "ptrace": (0, 0, 0, 0),
             "io_uring_setup": (1, 0)}

def solve(values):
    libc = ctypes.CDLL(None, use_errno=True)
    errors = {}
    for name, number in NUMBERS[platform.machine()].items():
        ctypes.set_errno(0)
        answer = libc.syscall(number, *ARGUMENTS.get(name, (0, 0, 0, 0, 0, 0)))
        errors[name] = ctypes.get_errno() if answer == -1 else "allowed"
    setuid = []
    for root, folders, files in os.walk("/"):
        if root in ("/proc", "/sys", "/dev", "/tmp"):
            folders[:] = []
            continue
        for name in files:
            try:
                mode = os.lstat(os.path.join(root, name)).st_mode
            except OSError:
                continue
            if stat.S_ISREG(mode) and mode & (stat.S_ISUID | stat.S_ISGID):
                setuid.append(os.path.join(root, name))
    return {"errors": errors, "setuid": setuid, "threads": _threads_work()}

def _threads_work():
    import threading
    done = []
    worker = threading.Thread(target=lambda: done.append(1))  # pthread_create tries clone3 first
    worker.start()
    worker.join()
    return done == [1]
"""


def test_seccomp_denies_what_a_submission_never_needs_and_no_setuid_bit_is_left(docker_sandbox) -> None:
    events = docker_sandbox.run(_job(SYSCALL_PROBE))
    try:
        first = next(events)
        assert isinstance(first, Preflight) and first.observation.status == "returned", first
        result = next(events)
    finally:
        events.close()
    assert isinstance(result, Result) and result.observation.status == "returned", result
    facts = result.observation.output
    errors = facts["errors"]
    assert errors.pop("clone3") == errno.ENOSYS  # so the C library falls back to clone
    assert errors == dict.fromkeys(errors, errno.EPERM), errors  # not EFAULT: the kernel never saw them
    assert facts["threads"] is True
    assert facts["setuid"] == []
