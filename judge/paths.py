"""Where things live: the source checkout, the problems folder, the cache. Overridable by env."""

from __future__ import annotations

import os
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


def shown(path: Path) -> str:
    """A path as a user should read it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
