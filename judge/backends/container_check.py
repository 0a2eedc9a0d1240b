"""Fail closed: check the container the engine created against the isolation the judge requires,
before it starts. An engine that drops or ignores a flag (an old version, a daemon config, a
plugin) must not run a submission with weaker isolation: every difference is named, and the run
ends as an internal error. Pure: takes the engine's inspect document."""

from __future__ import annotations

from typing import Any

from judge.backends import seccomp

ROOT_USERS = ("", "0", "root", "0:0")


def problems(attrs: dict[str, Any], user: str, pids_limit: int, memory_bytes: int) -> list[str]:
    """Every way ``attrs`` (docker inspect) falls short of the sandbox's required config."""
    host = attrs.get("HostConfig") or {}
    config = attrs.get("Config") or {}
    found = []

    def require(condition: bool, what: str, got: Any) -> None:
        if not condition:
            found.append(f"{what} (the engine reports {got!r})")

    require(host.get("NetworkMode") == "none", "no network", host.get("NetworkMode"))
    require(host.get("ReadonlyRootfs") is True, "a read-only root filesystem", host.get("ReadonlyRootfs"))
    cap_drop = [str(cap).upper().removeprefix("CAP_") for cap in host.get("CapDrop") or []]
    require("ALL" in cap_drop, "all capabilities dropped", host.get("CapDrop"))
    require(not host.get("CapAdd"), "no capabilities added", host.get("CapAdd"))
    security = [str(option).replace("=", ":") for option in host.get("SecurityOpt") or []]
    require(
        any(option in ("no-new-privileges", "no-new-privileges:true") for option in security),
        "no-new-privileges",
        host.get("SecurityOpt"),
    )
    require(
        seccomp.security_opt() in (host.get("SecurityOpt") or []),
        "the sandbox's own seccomp profile",
        [option[:40] for option in host.get("SecurityOpt") or []],
    )
    require(host.get("Privileged") is False, "not privileged", host.get("Privileged"))
    require(host.get("PidsLimit") == pids_limit, f"a pids limit of {pids_limit}", host.get("PidsLimit"))
    require(host.get("Memory") == memory_bytes, f"a memory limit of {memory_bytes} bytes", host.get("Memory"))
    require(
        host.get("MemorySwap") == memory_bytes,
        "memory+swap equal to memory (no swap)",
        host.get("MemorySwap"),
    )
    require((host.get("NanoCpus") or 0) > 0, "a CPU limit", host.get("NanoCpus"))
    require(host.get("IpcMode") == "none", "a private IPC namespace without /dev/shm", host.get("IpcMode"))
    for mode in ("PidMode", "UTSMode", "UsernsMode", "CgroupnsMode"):
        require(host.get(mode) in (None, "", "private"), f"{mode} not shared with the host", host.get(mode))
    require(not host.get("Binds"), "no bind mounts", host.get("Binds"))
    require(not host.get("Mounts"), "no mounts", host.get("Mounts"))
    require(not host.get("Devices"), "no devices", host.get("Devices"))
    require(not host.get("VolumesFrom"), "no shared volumes", host.get("VolumesFrom"))
    tmpfs = (host.get("Tmpfs") or {}).get("/tmp", "")
    require("noexec" in tmpfs.split(","), "a noexec tmpfs /tmp", tmpfs)
    require(
        config.get("User") == user and user not in ROOT_USERS, f"the non-root user {user}", config.get("User")
    )
    require(not attrs.get("Mounts"), "nothing mounted into the container", attrs.get("Mounts"))
    return found
