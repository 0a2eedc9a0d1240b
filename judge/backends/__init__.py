"""Sandbox backends (the only modules that start processes or containers) and the choice
between them."""

from __future__ import annotations

from judge.backends import docker, image
from judge.backends.base import Sandbox
from judge.backends.local import LocalSandbox
from judge.errors import SandboxUnavailable

KINDS = ("auto", "docker", "local")


def choose(kind: str) -> Sandbox:
    """The sandbox for ``kind``: docker and local are exact; auto prefers a ready Docker."""
    if kind == "local":
        return LocalSandbox()
    if kind == "docker":
        client = docker.connect()
        return docker.DockerSandbox(client, image.require_current(client))
    if not docker.engine_socket_present():
        return LocalSandbox("local sandbox (no Docker engine found; `judge sandbox status` explains)")
    try:
        client = docker.connect(timeout=5)
        tag = image.require_current(client)
    except SandboxUnavailable as why:
        return LocalSandbox(f"local sandbox (Docker not ready: {why.message})")
    return docker.DockerSandbox(client, tag)
