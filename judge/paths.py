"""Where things live: the source checkout, the problems folder, the cache. Overridable by env."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from judge.errors import UsageError

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


def write_atomic(path: Path, data: bytes | str, hint: str = "") -> None:
    """Write under a temporary name beside ``path``, then rename it into place: an interrupted
    run leaves the old file or the new one, never half of one. UsageError (with ``hint``, e.g.
    "pick another --out") when it cannot be written."""
    staging = path.with_name(f".{path.name}.tmp")
    try:
        if isinstance(data, str):
            staging.write_text(data, encoding="utf-8")
        else:
            staging.write_bytes(data)
        os.replace(staging, path)
    except OSError as error:
        raise UsageError(
            f"{shown(path)}: cannot be written ({error.strerror})" + (f"; {hint}" if hint else "")
        ) from None
    finally:
        staging.unlink(missing_ok=True)  # also on Ctrl-C between the write and the rename


def shown(path: Path) -> str:
    """A path as a user should read it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
