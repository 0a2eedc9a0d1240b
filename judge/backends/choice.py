"""Which sandbox a command gets: docker and local are exact; auto prefers a ready Docker and
falls back to local, saying why."""

from __future__ import annotations

import threading

from judge.backends import docker, image
from judge.backends.base import Sandbox
from judge.backends.local import LocalSandbox
from judge.errors import SandboxUnavailable

KINDS = ("auto", "docker", "local")


def choose(kind: str, cancel: threading.Event | None = None) -> Sandbox:
    """The sandbox for ``kind``: docker and local are exact; auto prefers a ready Docker.
    ``cancel`` set: every run stops within a second (and cleans up)."""
    if kind == "local":
        return LocalSandbox(cancel=cancel)
    if kind == "docker":
        client = docker.connect()
        return docker.DockerSandbox(client, image.require_current(client), cancel=cancel)
    if not docker.engine_socket_present():
        note = "local sandbox (no Docker engine found; `judge sandbox status` explains)"
        return LocalSandbox(note, cancel)
    try:
        client = docker.connect(timeout=5)
        tag = image.require_current(client)
    except SandboxUnavailable as why:
        return LocalSandbox(f"local sandbox (Docker not ready: {why.message})", cancel)
    return docker.DockerSandbox(client, tag, cancel=cancel)
