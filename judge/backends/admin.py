"""`judge sandbox build|status|prune`: the sandbox image's life cycle, for people and CI."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from judge.backends import docker, image, offline_base, wheels
from judge.errors import SandboxUnavailable

LOCAL_NOTE = (
    "local sandbox (--sandbox local): for your own code only; `judge grade` uses it only when asked.\n"
    "  protects: CPU, memory, file-size, open-file and (unless root) process rlimits; wall-clock limits;\n"
    "    timing and results measured by the runner, not by the submission; a scrubbed environment\n"
    "    (none of the judge's variables); its own session and temp dir; leftover processes killed.\n"
    "  does not protect: this machine's files (it can read problems/, reference.py, your home) and\n"
    "    writes as your user; the network; /tmp and shared memory kept between tests; other\n"
    "    processes of your user (docs/security.md)"
)


def build(base: str, mirror: str | None, log: Callable[[str], None]) -> str:
    client = docker.connect()
    chosen = _base(client, base, mirror, log)
    return image.build(client, chosen, log)


def _base(client: Any, base: str, mirror: str | None, log: Callable[[str], None]) -> str:
    if base == "offline":
        return offline_base.ensure(client, log, mirror)
    if base != "auto":
        if not client.images.list(name=base) and not _pull(client, base, log):
            raise SandboxUnavailable(f"base image {base} is not present and cannot be pulled")
        return base
    if client.images.list(name=image.REGISTRY_BASE) or _pull(client, image.REGISTRY_BASE, log):
        return image.REGISTRY_BASE
    log(f"{image.REGISTRY_BASE} cannot be pulled (no registry reachable); using an offline base")
    return offline_base.ensure(client, log, mirror)


def _pull(client: Any, name: str, log: Callable[[str], None]) -> bool:
    repository, _, tag = name.partition(":")
    try:
        log(f"pulling {name} ...")
        client.images.pull(repository, tag=tag or "latest")
    except Exception:
        return False
    return True


def status() -> dict[str, Any]:
    report: dict[str, Any] = {
        "engine": {"reachable": False},
        "image": None,
        "ready": False,
        "local": LOCAL_NOTE,
        "local_numpy": wheels.numpy_version(),
    }
    try:
        client = docker.connect(timeout=5)
    except SandboxUnavailable as why:
        report["engine"]["error"] = why.message
        report["fix"] = docker.ENGINE_HINT
        return report
    version = client.version()
    report["engine"] = {
        "reachable": True,
        "version": version.get("Version"),
        "api": version.get("ApiVersion"),
    }
    found = image.state(client)
    report["image"] = {
        "tag": found.tag,
        "present": found.present,
        "base": found.base,
        "id": found.image_id,
        "numpy": found.numpy,
        "stale_tags": list(found.stale_tags),
    }
    report["ready"] = found.present
    if not found.present:
        report["fix"] = image.BUILD_HINT
    return report


def prune() -> image.Pruned:
    return image.prune(docker.connect())
