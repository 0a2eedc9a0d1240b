"""The sandbox image: its name, whether it is current, building and pruning it (docker SDK).

The tag is a hash of the image's inputs (the Dockerfile and sandbox/*.py), so a current image is
reused and a stale one is detected. The build context is exactly those files, sent from memory.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from judge import paths
from judge.errors import SandboxUnavailable

IMAGE_REPO = "mljudge-sandbox"
REGISTRY_BASE = "python:3.11-slim"
ROLE_LABEL = "org.mljudge.role"
INPUTS_LABEL = "org.mljudge.inputs"
BASE_LABEL = "org.mljudge.base"
BUILD_HINT = "run `judge sandbox build`"


def context_files() -> list[tuple[str, bytes]]:
    """(archive name, content) of every build input, in a stable order."""
    if not paths.DOCKERFILE.is_file():
        raise SandboxUnavailable(
            f"{paths.DOCKERFILE}: missing; the sandbox image is built from a source checkout "
            "(clone the repository and `pip install -e .`)"
        )
    files = [("Dockerfile", paths.DOCKERFILE.read_bytes())]
    for path in sorted(paths.SANDBOX_DIR.glob("*.py")):
        files.append((f"sandbox/{path.name}", path.read_bytes()))
    return files


def inputs_hash() -> str:
    digest = hashlib.sha256()
    for name, content in context_files():
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()[:12]


def current_tag() -> str:
    return f"{IMAGE_REPO}:{inputs_hash()}"


@dataclass(frozen=True)
class ImageState:
    tag: str
    present: bool
    stale_tags: tuple[str, ...]
    base: str | None
    image_id: str | None


def state(client: Any) -> ImageState:
    tag = current_tag()
    present_id = None
    base = None
    stale = []
    for image in client.images.list(filters={"label": f"{ROLE_LABEL}=sandbox"}):
        labels = image.labels or {}
        if tag in image.tags:
            present_id = image.short_id
            base = labels.get(BASE_LABEL)
        else:
            stale.extend(image.tags)
    return ImageState(tag, present_id is not None, tuple(sorted(stale)), base, present_id)


def require_current(client: Any) -> str:
    """The current image's tag, or SandboxUnavailable naming the fix."""
    tag = current_tag()
    try:
        client.images.get(tag)
        return tag
    except Exception:
        pass  # missing: find out whether a stale one exists, to say so
    found = state(client)
    if found.present:
        return found.tag
    if found.stale_tags:
        raise SandboxUnavailable(
            f"the sandbox image is stale ({found.stale_tags[0]} was built from older sandbox "
            f"files, {found.tag} is needed); {BUILD_HINT}"
        )
    raise SandboxUnavailable(f"the sandbox image {found.tag} is missing; {BUILD_HINT}")


def build(client: Any, base: str, log: Callable[[str], None]) -> str:
    """Build the current image on ``base`` unless it already exists; return its tag."""
    tag = current_tag()
    existing = state(client)
    if existing.present and existing.base == base:
        log(f"sandbox image {tag} is current (base {base}); reusing it")
        return tag
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as archive:
        for name, content in context_files():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            info.mode = 0o644
            archive.addfile(info, io.BytesIO(content))
    context.seek(0)
    log(f"building {tag} on {base} ...")
    try:
        client.images.build(
            fileobj=context,
            custom_context=True,
            tag=tag,
            buildargs={"BASE": base},
            labels={ROLE_LABEL: "sandbox", INPUTS_LABEL: tag.split(":")[1], BASE_LABEL: base},
            rm=True,
            forcerm=True,
            pull=False,
        )
    except Exception as error:  # docker.errors.BuildError / APIError: say which step failed
        raise SandboxUnavailable(f"building the sandbox image failed: {_short(error)}") from None
    log(f"built {tag}")
    return tag


def prune(client: Any) -> tuple[list[str], list[str]]:
    """Remove leftover submission containers and stale sandbox images. Returns what went."""
    containers = []
    for container in client.containers.list(all=True, filters={"label": f"{ROLE_LABEL}=submission"}):
        container.remove(force=True)
        containers.append(container.short_id)
    images: list[str] = []
    current = current_tag()
    for image in client.images.list(filters={"label": f"{ROLE_LABEL}=sandbox"}):
        if current not in image.tags:
            client.images.remove(image.id, force=True)
            images.extend(image.tags or [image.short_id])
    return containers, images


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[-1] if text else type(error).__name__
