"""Where things live: the source checkout, the problems folder, the cache. Overridable by env."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SANDBOX_DIR = PROJECT_ROOT / "sandbox"
RUNNER_PATH = SANDBOX_DIR / "runner.py"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"


def problems_dir() -> Path:
    """JUDGE_PROBLEMS_DIR, else problems/ of the checkout."""
    override = os.environ.get("JUDGE_PROBLEMS_DIR")
    return Path(override) if override else PROJECT_ROOT / "problems"


def cache_dir() -> Path:
    """JUDGE_CACHE_DIR, else $XDG_CACHE_HOME/mljudge, else ~/.cache/mljudge."""
    override = os.environ.get("JUDGE_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mljudge"


def write_cache_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Write ``files`` into a temp dir beside ``folder``, then rename it into place: readers never
    see half a cache. An unwritable cache only costs time, so errors are ignored."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".tmp-"))
    except OSError:
        return
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        os.replace(staging, folder)
    except OSError:
        pass
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def shown(path: Path) -> str:
    """A path as a user should read it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
