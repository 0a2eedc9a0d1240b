"""Compare a rendered output with its golden file; UPDATE_GOLDEN=1 rewrites the golden after a
deliberate change (review the diff before committing it)."""

from __future__ import annotations

import os
from collections.abc import Collection
from pathlib import Path
from typing import Any


def check(path: Path, text: str) -> None:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs from its golden {path}"


def steady(value: Any, varying: Collection[str]) -> Any:
    """``value`` with the fields named in ``varying`` (times, memory, the image tag) replaced by
    ``"<varies>"``, at any depth: what two runs of the same grading have in common."""
    if isinstance(value, dict):
        return {key: ("<varies>" if key in varying else steady(item, varying)) for key, item in value.items()}
    if isinstance(value, list):
        return [steady(item, varying) for item in value]
    return value
