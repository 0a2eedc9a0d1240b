"""Grading on several machines: `judge worker` on each, `grade-many --broker` from anywhere.

Celery moves the tasks, Redis is its broker and result backend (docs/grading.md, "Grading on
several machines"). Celery and redis-py are the optional ``cluster`` extra: ``require`` says how
to install them in one line instead of an ImportError."""

from __future__ import annotations

import importlib.util

from judge.errors import UsageError

INSTALL_HINT = "pip install 'mljudge[cluster]'"


def require() -> None:
    """UsageError (exit 2) naming the extra when Celery or redis-py is not installed."""
    missing = [name for name in ("celery", "redis") if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(f"grading on a cluster needs {' and '.join(missing)}: {INSTALL_HINT}")
