"""The sandbox image: its name, whether it is current, building and pruning it (docker SDK).

The tag is a hash of the image's inputs (the Dockerfile, sandbox/*.py and the pinned package
versions, which are the host's own: backends/wheels.py), so a current image is reused and a stale
one is detected, also after numpy is upgraded here. The build context is exactly those files
plus the pinned wheels, sent from memory.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from judge import paths
from judge.backends import ownership, wheels
from judge.errors import SandboxUnavailable

IMAGE_REPO = "mljudge-sandbox"
REGISTRY_BASE = "python:3.11-slim"
ROLE_LABEL = ownership.ROLE
INPUTS_LABEL = "org.mljudge.inputs"
BASE_LABEL = "org.mljudge.base"
NUMPY_LABEL = "org.mljudge.numpy"
BUILDER_LABEL = "org.mljudge.builder"  # which judge installation built it: prune touches only its own
REQUIREMENTS = "requirements.txt"
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
    files.append((REQUIREMENTS, "".join(f"{pin}\n" for pin in wheels.pins()).encode()))
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
    numpy: str | None = None  # the numpy version inside the image


def state(client: Any) -> ImageState:
    tag = current_tag()
    present_id = None
    base = numpy = None
    stale = []
    for image in client.images.list(filters={"label": f"{ROLE_LABEL}=sandbox"}):
        labels = image.labels or {}
        if tag in image.tags:
            present_id = image.short_id
            base, numpy = labels.get(BASE_LABEL), labels.get(NUMPY_LABEL)
        else:
            stale.extend(image.tags)
    return ImageState(tag, present_id is not None, tuple(sorted(stale)), base, present_id, numpy)


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


def builder_id() -> str:
    """This judge installation (machine and checkout): another checkout on the same engine, maybe
    at another version, builds and uses images of its own that this one must never remove."""
    return hashlib.sha256(f"{ownership.host()}:{paths.PROJECT_ROOT}".encode()).hexdigest()[:12]


def numpy_of(client: Any, tag: str) -> str:
    """The numpy version inside the image ``tag`` ("" when it does not say)."""
    try:
        return str((client.images.get(tag).labels or {}).get(NUMPY_LABEL, ""))
    except Exception:
        return ""


def build(client: Any, base: str, log: Callable[[str], None]) -> str:
    """Build the current image on ``base`` unless it already exists; return its tag."""
    tag = current_tag()
    existing = state(client)
    if existing.present and existing.base == base:
        log(f"sandbox image {tag} is current (base {base}); reusing it")
        return tag
    pinned = wheels.pins()
    files = context_files() + [
        (f"wheels/{path.name}", path.read_bytes()) for path in wheels.fetch(pinned, log)
    ]
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as archive:
        for name, content in files:
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
            labels={
                ROLE_LABEL: "sandbox",
                INPUTS_LABEL: tag.split(":")[1],
                BASE_LABEL: base,
                NUMPY_LABEL: wheels.numpy_version(),
                BUILDER_LABEL: builder_id(),
            },
            rm=True,
            forcerm=True,
            pull=False,
        )
    except Exception as error:  # docker.errors.BuildError / APIError: say which step failed
        raise SandboxUnavailable(f"building the sandbox image failed: {_short(error)}") from None
    log(f"built {tag}")
    return tag


@dataclass(frozen=True)
class Pruned:
    containers: tuple[str, ...]  # removed: their judge process is gone
    images: tuple[str, ...]  # removed: stale sandbox images no container uses
    kept: tuple[str, ...]  # what was left alone, and why (a live judge's, another machine's)


def prune(client: Any) -> Pruned:
    """Remove the submission containers whose judge is gone and the stale sandbox images this
    installation built that no container uses. Never a live judge's container, never an image
    another judge built."""
    removed: list[str] = []
    kept: list[str] = []
    # ignore_removed: another run's container may end between the listing and its inspection
    listed = client.containers.list(
        all=True, filters={"label": f"{ROLE_LABEL}=submission"}, ignore_removed=True
    )
    for container in listed:
        alive = ownership.owner_alive(container.labels or {})
        if alive is False:
            _remove_quietly(container)
            removed.append(container.short_id)
        else:
            why = "its judge is running" if alive else "made on another machine"
            kept.append(f"container {container.short_id} ({why})")
    images: list[str] = []
    current = current_tag()
    for image in client.images.list(filters={"label": f"{ROLE_LABEL}=sandbox"}):
        if current in image.tags:
            continue
        if (image.labels or {}).get(BUILDER_LABEL) != builder_id():
            kept.append(f"image {', '.join(image.tags) or image.short_id} (another judge installation's)")
            continue
        try:
            client.images.remove(image.id, force=False)  # refused while any container uses it
        except Exception:
            kept.append(f"image {', '.join(image.tags) or image.short_id} (in use)")
            continue
        images.extend(image.tags or [image.short_id])
    return Pruned(tuple(removed), tuple(images), tuple(kept))


def _remove_quietly(container: Any) -> None:
    try:
        container.remove(force=True)
    except Exception:
        pass  # already gone (auto-removed as it exited)


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[-1] if text else type(error).__name__
