"""One numpy: the sandbox image gets the very numpy version this judge runs with.

A submission that depends on a numpy detail must not pass in the local sandbox (this
interpreter's numpy) and fail in Docker (a distribution's older one). The image's Python
packages are pinned to the host's installed versions (``pins``), their wheels downloaded on the
host for the image's Python and installed in the build without any network.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from judge import paths
from judge.errors import SandboxUnavailable

PACKAGES = ("numpy",)
IMAGE_PYTHON = "3.11"  # the Python of both bases (python:3.11-slim, Debian bookworm)
OLDEST_GLIBC, IMAGE_GLIBC = 17, 36  # manylinux_2_17 .. bookworm's glibc 2.36


def numpy_version() -> str:
    """The numpy this judge (and so the local sandbox) runs with."""
    return importlib.metadata.version("numpy")


def pins() -> list[str]:
    """``name==version`` of every package the image needs, as installed here."""
    return [f"{name}=={importlib.metadata.version(name)}" for name in PACKAGES]


def fetch(requirements: list[str], log: Callable[[str], None]) -> list[Path]:
    """The wheels of ``requirements`` for the image's Python, from the cache or downloaded."""
    folder = paths.cache_dir() / "wheels" / f"cp{IMAGE_PYTHON.replace('.', '')}-{platform.machine()}"
    found = []
    for requirement in requirements:
        name, _, version = requirement.partition("==")
        wheel = _cached(folder, name, version)
        if wheel is None:
            log(f"downloading the {requirement} wheel for the sandbox's Python {IMAGE_PYTHON} ...")
            _download(requirement, folder)
            wheel = _cached(folder, name, version)
        if wheel is None:
            raise SandboxUnavailable(f"pip downloaded no wheel for {requirement} into {folder}")
        found.append(wheel)
    return found


def _cached(folder: Path, name: str, version: str) -> Path | None:
    matches = sorted(folder.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    return matches[0] if matches else None


def _download(requirement: str, folder: Path) -> None:
    machine = platform.machine()
    platforms = [f"manylinux2014_{machine}"] + [
        f"manylinux_2_{minor}_{machine}" for minor in range(OLDEST_GLIBC, IMAGE_GLIBC + 1)
    ]
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        requirement, "--no-deps", "--only-binary=:all:", "--python-version", IMAGE_PYTHON,
        "--implementation", "cp", "--abi", f"cp{IMAGE_PYTHON.replace('.', '')}",
        *[flag for tag in platforms for flag in ("--platform", tag)],
    ]  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    # Into a folder of this run's own, then renamed in: a judge building at the same time never
    # sees half a wheel.
    with tempfile.TemporaryDirectory(dir=folder, prefix=".download-") as staging:
        result = subprocess.run(
            [*command, "--dest", staging], capture_output=True, text=True, errors="replace"
        )
        for wheel in Path(staging).glob("*.whl"):
            os.replace(wheel, folder / wheel.name)
    if result.returncode != 0:
        words = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("ERROR")]
        raise SandboxUnavailable(
            f"the sandbox needs {requirement} (the version installed here) for Python {IMAGE_PYTHON}, "
            f"and pip could not download it ({words[0] if words else 'exit ' + str(result.returncode)}); "
            "make the package registry reachable once, or install a numpy that has such a wheel"
        )
