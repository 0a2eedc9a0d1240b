"""The fail-closed check on the engine's account of a container (pure: an inspect document)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from judge.backends import container_check, seccomp

GOOD: dict[str, Any] = {
    "Config": {"User": "10001:10001"},
    "HostConfig": {
        "NetworkMode": "none",
        "ReadonlyRootfs": True,
        "CapDrop": ["ALL"],
        "CapAdd": None,
        "SecurityOpt": ["no-new-privileges", seccomp.security_opt()],
        "Privileged": False,
        "PidsLimit": 64,
        "Memory": 1 << 30,
        "MemorySwap": 1 << 30,
        "NanoCpus": 1_000_000_000,
        "IpcMode": "none",
        "PidMode": "",
        "UTSMode": "",
        "UsernsMode": "",
        "CgroupnsMode": "private",
        "Binds": None,
        "Mounts": None,
        "Devices": [],
        "Tmpfs": {"/tmp": "rw,nosuid,nodev,noexec,size=64m,mode=1777"},
    },
    "Mounts": [],
}


def _check(attrs: dict[str, Any]) -> list[str]:
    return container_check.problems(attrs, "10001:10001", 64, 1 << 30)


def test_the_required_config_passes() -> None:
    assert _check(GOOD) == []


@pytest.mark.parametrize(
    ("path", "value", "needle"),
    [
        (("HostConfig", "NetworkMode"), "bridge", "no network"),
        (("HostConfig", "ReadonlyRootfs"), False, "read-only root"),
        (("HostConfig", "CapDrop"), [], "all capabilities dropped"),
        (("HostConfig", "CapAdd"), ["SYS_ADMIN"], "no capabilities added"),
        (("HostConfig", "SecurityOpt"), [], "no-new-privileges"),
        (("HostConfig", "SecurityOpt"), ["no-new-privileges"], "seccomp profile"),
        (("HostConfig", "SecurityOpt"), ["no-new-privileges", "seccomp=unconfined"], "seccomp profile"),
        (("HostConfig", "Privileged"), True, "not privileged"),
        (("HostConfig", "PidsLimit"), 0, "pids limit"),
        (("HostConfig", "MemorySwap"), -1, "no swap"),
        (("HostConfig", "Memory"), 0, "memory limit"),
        (("HostConfig", "NanoCpus"), 0, "CPU limit"),
        (("HostConfig", "IpcMode"), "shareable", "IPC namespace"),
        (("HostConfig", "PidMode"), "host", "PidMode"),
        (("HostConfig", "CgroupnsMode"), "host", "CgroupnsMode"),
        (("HostConfig", "Binds"), ["/var/run/docker.sock:/var/run/docker.sock"], "no bind mounts"),
        (("HostConfig", "Devices"), [{"PathOnHost": "/dev/sda"}], "no devices"),
        (("HostConfig", "Tmpfs"), {"/tmp": "rw,size=64m"}, "noexec"),
        (("Config", "User"), "", "non-root user"),
        (("Config", "User"), "0:0", "non-root user"),
    ],
)
def test_each_missing_flag_is_named(path: tuple[str, str], value: Any, needle: str) -> None:
    attrs = copy.deepcopy(GOOD)
    attrs[path[0]][path[1]] = value
    found = _check(attrs)
    assert len(found) >= 1 and needle in found[0], found
