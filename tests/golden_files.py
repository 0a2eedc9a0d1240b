"""Compare a rendered output with its golden file; UPDATE_GOLDEN=1 rewrites the golden after a
deliberate change (review the diff before committing it)."""

from __future__ import annotations

import os
from pathlib import Path


def check(path: Path, text: str) -> None:
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs from its golden {path}"
