"""The mutation check (opt-in: JUDGE_MUTATION=1; slow, it builds images): turn each hardening
measure off in turn and show that some attack then gets through, so no measure is dead weight.

Container flags are dropped from the options (with the fail-closed check switched off, or it
would refuse first); runner defences are patched out of a copy of sandbox/ built into an image
of its own (removed afterwards); growth defences are patched on the host. Measures that are a
backstop behind another one are listed with the measure that covers them, and checked to be so.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from judge import paths
from judge.backends import container_check, docker, image, seccomp
from judge.complexity.records import GrowthVerdictKind
from judge.errors import InternalError
from judge.pipeline import curves
from tests.security import test_growth_attacks as growth_attacks
from tests.security.suite import SECRET, SECRET_VARIABLE, catalogue, defended, submit

pytestmark = pytest.mark.skipif(os.environ.get("JUDGE_MUTATION") != "1", reason="opt-in: JUDGE_MUTATION=1")
ATTACKS = {attack.name: attack for attack in catalogue()}


def _drop(key: str, value: Any = None) -> Callable[[dict[str, Any]], None]:
    def change(options: dict[str, Any]) -> None:
        if value is None:
            options.pop(key)
        else:
            options[key] = value

    return change


def _no_memory_limit(options: dict[str, Any]) -> None:
    options.pop("mem_limit")
    options.pop("memswap_limit")


def _tmpfs_exec(options: dict[str, Any]) -> None:
    options["tmpfs"] = {"/tmp": options["tmpfs"]["/tmp"].replace("noexec", "exec")}


CONTAINER_MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], list[str]]] = {
    "network none": (_drop("network_mode"), ["network_anywhere"]),
    "read-only root": (_drop("read_only"), ["cache_in_var_tmp"]),
    "cap_drop ALL": (_drop("cap_drop"), ["privilege_escalation"]),
    "no-new-privileges": (_drop("security_opt", [seccomp.security_opt()]), ["privilege_escalation"]),
    "seccomp profile": (_drop("security_opt", ["no-new-privileges"]), ["kernel_interfaces"]),
    "non-root user": (_drop("user", "0:0"), ["privilege_escalation"]),
    "ipc none": (_drop("ipc_mode"), ["cache_in_dev_shm"]),
    "cgroupns private": (_drop("cgroupns", "host"), ["read_host_cgroup"]),
    "noexec /tmp": (_tmpfs_exec, ["exec_from_tmp"]),
}
# Backstops: without them alone every attack is still stopped, by the measure named.
BACKSTOPS: dict[str, tuple[Callable[[dict[str, Any]], None], list[str], str]] = {
    "pids limit": (_drop("pids_limit"), ["fork_bomb", "thread_bomb"], "RLIMIT_NPROC per child"),
    "memory limit": (_no_memory_limit, ["memory_bomb"], "RLIMIT_AS per child"),
}
RUNNER_MUTATIONS: dict[str, tuple[str, str, str, list[str]]] = {
    "scrub between tests": (
        "runner.py", "                scrub.scrub()", "                pass",
        ["cache_in_tmp", "sysv_shared_memory"],
    ),
    "end frames checked": (
        "runner.py", "    return first, end_fields(_parse(lines[1]), started=True)",
        "    return first, _parse(lines[1])", ["forge_internal_frame", "malformed_end_frame"],
    ),
    "child sealed after the start": (
        "child.py", '    run = attempt.SEALED["run"]  # looked up while nothing but the judge has run',
        "    run = attempt.run", ["patch_runner_functions"],
    ),
    "settled after the call": (
        "attempt.py", "    _extend(returned, _starmap(_apply, ((function, *args), *SETTLE)))",
        "    _extend(returned, _starmap(_apply, ((function, *args),)))", ["trace_everything"],
    ),
    "strays' CPU counted": (
        "supervise.py", "        outcome.cpu_seconds += kill_strays()", "        kill_strays()",
        ["work_in_a_grandchild"],
    ),
    "strays killed": (
        "supervise.py", "        outcome.cpu_seconds += kill_strays()", "        pass",
        ["leave_a_daemon"],
    ),
    "runner not dumpable": (
        "runner.py", "        self._prctl(PR_SET_DUMPABLE, 0)", "        pass", ["read_runner_memory"],
    ),
    "plain reads the real type": (
        "plain.py", "    if issubclass(kind, int):", "    if isinstance(value, int):", ["isinstance_liar"],
    ),
}  # fmt: skip


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_VARIABLE, SECRET)


@contextmanager
def _options_changed(
    monkeypatch: pytest.MonkeyPatch, change: Callable[[dict[str, Any]], None]
) -> Iterator[None]:
    original = docker.DockerSandbox.container_options

    def weakened(self: docker.DockerSandbox, job: Any, *rest: Any) -> dict[str, Any]:
        options = original(self, job, *rest)
        change(options)
        return options

    with monkeypatch.context() as patch:
        patch.setattr(docker.DockerSandbox, "container_options", weakened)
        patch.setattr(container_check, "problems", lambda *args, **kwargs: [])
        yield


def _broken(sandbox: Any, names: list[str], folder: Path) -> dict[str, list[str]]:
    broken = {}
    for name in names:
        try:
            failures = defended(sandbox, ATTACKS[name], folder)
        except InternalError as error:  # the judge itself stopped: the attack got through
            failures = [f"the judge stopped: {error}"]
        if failures:
            broken[name] = failures
    return broken


@pytest.mark.parametrize("flag", sorted(CONTAINER_MUTATIONS))
def test_without_each_container_flag_an_attack_gets_through(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, flag: str
) -> None:
    change, attacks = CONTAINER_MUTATIONS[flag]
    with _options_changed(monkeypatch, change):
        broken = _broken(docker_sandbox, attacks, tmp_path)
    print(f"\nmutation {flag!r}: {broken}")
    assert broken, f"no attack got through without {flag}"


@pytest.mark.parametrize("flag", sorted(BACKSTOPS))
def test_backstops_are_covered_by_another_measure(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, flag: str
) -> None:
    change, attacks, covered_by = BACKSTOPS[flag]
    with _options_changed(monkeypatch, change):
        broken = _broken(docker_sandbox, attacks, tmp_path)
    print(f"\nbackstop {flag!r} (covered by {covered_by}): {broken or 'every attack still stopped'}")
    assert broken == {}


@pytest.mark.parametrize("measure", sorted(RUNNER_MUTATIONS))
def test_without_each_runner_defence_an_attack_gets_through(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, measure: str
) -> None:
    file, old, new, attacks = RUNNER_MUTATIONS[measure]
    copy = tmp_path / "sandbox"
    shutil.copytree(paths.SANDBOX_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    text = (copy / file).read_text()
    assert old in text, f"{file} no longer contains {old!r}; update the mutation"
    (copy / file).write_text(text.replace(old, new))
    client = docker_sandbox.client
    base = image.state(client).base or image.REGISTRY_BASE
    monkeypatch.setattr(paths, "SANDBOX_DIR", copy)
    tag = image.build(client, base, log=lambda line: None)
    try:
        weakened = docker.DockerSandbox(client, tag)
        broken = _broken(weakened, attacks, tmp_path)
    finally:
        client.images.remove(tag, force=True)
    print(f"\nmutation {measure!r}: {broken}")
    assert broken, f"no attack got through without {measure}"


def test_without_fresh_curve_inputs_memorised_answers_pass(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(secrets, "randbits", lambda bits: 0)
    source = growth_attacks.memorised_source()
    report = submit(
        docker_sandbox, source, tmp_path, slug="top-k-products", problems_root=None, complexity="only"
    )
    assert report.complexity is not None
    print(f"\nmutation 'fresh curve inputs': {report.complexity.verdict.message}")
    assert report.complexity.verdict.kind is not GrowthVerdictKind.WRONG


def test_without_checking_curve_outputs_wrong_answers_pass(
    docker_sandbox: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(curves, "output_check", lambda *args: lambda size, output: None)
    sizes = [size for size in curves.plan_of(growth_attacks.TOPK).sizes if str(size).rstrip("0") != "1"]
    cheat = f"    if len(purchases) in {sizes!r}:\n        return []\n"
    source = growth_attacks.HEAP.replace("    if k <= 0:", cheat + "    if k <= 0:")
    report = submit(
        docker_sandbox, source, tmp_path, slug="top-k-products", problems_root=None, complexity="on"
    )
    assert report.complexity is not None
    print(f"\nmutation 'curve outputs checked': {report.complexity.verdict.message}")
    assert report.ok
