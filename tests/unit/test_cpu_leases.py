"""CPU leases: parallel sandboxes get distinct cores while there are any, then run unpinned."""

from __future__ import annotations

import os
from pathlib import Path

from judge.backends import cpus


def test_each_lease_gets_a_core_of_its_own_then_none(tmp_path: Path) -> None:
    usable = sorted(os.sched_getaffinity(0))
    held = [cpus.lease(tmp_path) for _ in usable]
    assert sorted(lease.cpu for lease in held if lease.cpu is not None) == usable
    extra = cpus.lease(tmp_path)
    assert extra.cpu is None  # every core is taken: unpinned, never waiting
    held[0].release()
    again = cpus.lease(tmp_path)
    assert again.cpu == usable[0]  # a released core serves the next run
    for lease in [*held[1:], again, extra]:
        lease.release()


def test_the_container_is_pinned_to_the_leased_core() -> None:
    from judge.backends.docker import DockerSandbox
    from judge.backends.protocol import Job
    from judge.models import Limits

    limits = Limits(cpu_seconds=1.0, memory_bytes=64 << 20, wall_seconds=4.0)
    sandbox = DockerSandbox.__new__(DockerSandbox)
    options = sandbox.container_options(Job("", {}, (), limits, ()), cpu=1)
    assert options["cpuset_cpus"] == "1" and options["nano_cpus"] == 1_000_000_000
    assert "cpuset_cpus" not in sandbox.container_options(Job("", {}, (), limits, ()))
