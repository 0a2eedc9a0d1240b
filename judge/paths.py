"""Where things live: the source checkout, the problems folder, the cache, this run's temp dirs.
Overridable by env."""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from judge.errors import UsageError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SANDBOX_DIR = PROJECT_ROOT / "sandbox"
RUNNER_PATH = SANDBOX_DIR / "runner.py"
DOCKERFILE = PROJECT_ROOT / "Dockerfile"


def problem_banks() -> list[Path]:
    """Where problems are looked up, in order: JUDGE_PROBLEMS_DIR, a list of folders separated by
    ``:`` (a course's private bank first, say, then the shipped one), else problems/ of the
    checkout. The first bank holding a slug wins. A listed folder that does not exist is the
    user's mistake, said in one line."""
    override = os.environ.get("JUDGE_PROBLEMS_DIR")
    if not override:
        return [PROJECT_ROOT / "problems"]
    banks = [Path(part) for part in override.split(os.pathsep) if part]
    for bank in banks:
        if not bank.is_dir():
            raise UsageError(
                f"JUDGE_PROBLEMS_DIR: {bank}: no such directory; list problem banks separated by "
                f"'{os.pathsep}'"
            )
    return banks


def cache_dir() -> Path:
    """JUDGE_CACHE_DIR, else $XDG_CACHE_HOME/mljudge, else ~/.cache/mljudge."""
    override = os.environ.get("JUDGE_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mljudge"


@functools.cache
def run_id() -> str:
    """This judge process's run: JUDGE_RUN_ID, else a fresh id. Every container and temp dir
    the run makes carries it, so clean-up (and a test) touches only what its own run made."""
    return os.environ.get("JUDGE_RUN_ID") or uuid.uuid4().hex[:12]


def temp_prefix() -> str:
    """The name every temp dir of this run starts with."""
    return f"mljudge-{run_id()}-"


def make_temp_dir(kind: str) -> Path:
    """A fresh temp dir of this run (``kind``: what it is for, e.g. "clone"); the caller removes it."""
    return Path(tempfile.mkdtemp(prefix=f"{temp_prefix()}{kind}-"))


def remove_tree(path: Path) -> None:
    """Remove ``path`` and everything under it, however deep, without recursing: a submission
    in the local sandbox can build a tree thousands of levels deep in its temp dir, past the
    recursion limit (``shutil.rmtree`` recurses) and PATH_MAX. Every directory found is moved up
    to the top under a short unique name before it is listed, so no path is ever long and only
    two descriptors are open at a time. Whatever cannot be removed is left, silently."""
    try:
        top = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        try:
            os.unlink(path)  # a file or a link: not followed
        except OSError:
            pass
        return
    marker = f".mljudge-rm-{uuid.uuid4().hex[:8]}-"
    moved: list[str] = []
    pending: list[str | None] = [None]  # None: the top itself
    try:
        while pending:
            name = pending.pop()
            try:
                if name is not None:
                    os.chmod(name, 0o700, dir_fd=top)  # a locked directory can still be emptied
                folder = top if name is None else os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=top)
            except OSError:
                continue
            try:
                for entry in list(os.scandir(folder)):
                    if name is None and entry.name.startswith(marker):
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            target = f"{marker}{len(moved)}"
                            os.rename(entry.name, target, src_dir_fd=folder, dst_dir_fd=top)
                            moved.append(target)
                            pending.append(target)
                        else:
                            os.unlink(entry.name, dir_fd=folder)
                    except OSError:
                        pass
            finally:
                if folder != top:
                    os.close(folder)
        for name in moved:
            try:
                os.rmdir(name, dir_fd=top)
            except OSError:
                pass
    finally:
        os.close(top)
    try:
        os.rmdir(path)
    except OSError:
        pass


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


def write_crash_report(text: str) -> Path | None:
    """Keep a judge crash's full traceback under the cache dir; None when it cannot be written."""
    folder = cache_dir() / "crashes"
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stamp}-{os.getpid()}.txt"
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def shown(path: Path) -> str:
    """A path as a user should read it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
