"""An offline base image from Debian packages, for machines that reach no image registry.

debootstrap (a minimal Debian with python3) into a temp dir, then import the
tree as an image through the docker SDK. The mirror is read from this machine's own apt
configuration, never written into the code; ``--mirror`` overrides it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from judge import paths
from judge.errors import SandboxUnavailable, UsageError

OFFLINE_BASE = "mljudge-base:bookworm-python3-valgrind"  # no numpy: the image gets the host's own
SUITE = "bookworm"
# valgrind: instruction counts (callgrind) for the counted growth pass
PACKAGES = "python3,valgrind"
APT_SOURCES = (Path("/etc/apt/sources.list.d"), Path("/etc/apt/sources.list"))


def apt_mirror(sources: tuple[Path, ...] = APT_SOURCES) -> str | None:
    """The first Debian archive URI in this machine's apt sources (deb822 or one-line format)."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            files.extend(sorted(source.glob("*.sources")) + sorted(source.glob("*.list")))
        elif source.is_file():
            files.append(source)
    for file in files:
        try:
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for uri in _uris(text):
            if "security" not in uri:
                return uri.rstrip("/")
    return None


def _uris(text: str) -> list[str]:
    found = []
    for line in text.splitlines():
        line = line.strip()
        deb822 = re.match(r"^URIs:\s*(\S+)", line)
        one_line = re.match(r"^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+\S+", line)
        match = deb822 or one_line
        if match and match.group(1).startswith(("http://", "https://", "file:/")):
            found.append(match.group(1))
    return found


def ensure(client: Any, log: Callable[[str], None], mirror: str | None = None) -> str:
    """The offline base's tag, creating it with debootstrap if it does not exist yet."""
    if client.images.list(name=OFFLINE_BASE):
        log(f"offline base {OFFLINE_BASE} exists; reusing it")
        return OFFLINE_BASE
    debootstrap = shutil.which("debootstrap")
    if debootstrap is None:
        raise SandboxUnavailable(
            "no image registry is reachable and debootstrap is missing; "
            "install it (`apt-get install debootstrap`) or pass --base IMAGE"
        )
    mirror = mirror or apt_mirror()
    if not mirror:
        raise UsageError("no Debian mirror found in /etc/apt sources; pass --mirror URL")
    with tempfile.TemporaryDirectory(prefix=paths.temp_prefix() + "rootfs-") as scratch:
        rootfs = Path(scratch) / "rootfs"
        log(f"creating the offline base with debootstrap ({PACKAGES}; about a minute) ...")
        _run([debootstrap, "--variant=minbase", f"--include={PACKAGES}", SUITE, str(rootfs), mirror])
        shutil.rmtree(rootfs / "var/cache/apt/archives", ignore_errors=True)
        archive = Path(scratch) / "rootfs.tar"
        _run(["tar", "-C", str(rootfs), "-cf", str(archive), "."])
        repository, tag = OFFLINE_BASE.split(":")
        client.api.import_image_from_file(str(archive), repository=repository, tag=tag)
    log(f"imported {OFFLINE_BASE}")
    return OFFLINE_BASE


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise SandboxUnavailable(f"`{' '.join(command[:2])} ...` failed: {tail[0]}")
