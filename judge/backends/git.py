"""Cloning a graded repo with git (`grade-many` lists git URLs): shallow, never prompting, no
`ext::` transport, stopped with the batch, and git's own words when it fails."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

from judge.errors import Interrupted, UsageError

CLONE_SECONDS = 300
GIT_ERROR_LINES = 6


def clone(url: str, into: Path, stop: threading.Event) -> None:
    """A shallow clone of ``url``; git's own first lines when it fails; stops with the batch."""
    command = ["git", "-c", "protocol.ext.allow=never", "clone", "--quiet", "--depth", "1", "--", url]
    try:
        process = subprocess.Popen(
            [*command, str(into)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
        )
    except FileNotFoundError:
        raise UsageError("git is not installed; install it or list the repos as directories") from None
    deadline = time.monotonic() + CLONE_SECONDS
    try:
        while True:
            try:
                _, stderr = process.communicate(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stop.is_set():
                    raise Interrupted("stopped") from None
                if time.monotonic() > deadline:
                    raise UsageError(
                        f"{url}: git clone took over {CLONE_SECONDS} s; "
                        "clone it yourself and list the directory"
                    ) from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    if process.returncode != 0:
        raise UsageError(f"{url}: git clone failed: {git_error(stderr, process.returncode)}")


def git_error(stderr: str, code: int) -> str:
    """git's own words, its first lines joined (the first says what, the next ones why)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return f"exit status {code}"
    shown = " / ".join(lines[:GIT_ERROR_LINES])
    return shown + (f" (+{len(lines) - GIT_ERROR_LINES} more lines)" if len(lines) > GIT_ERROR_LINES else "")
