"""Open a page in the user's web browser (`judge show --open`), where one exists: Python's
webbrowser, which honours $BROWSER and the desktop's default. It starts a process, so it lives
with the other modules that do."""

from __future__ import annotations

import webbrowser
from pathlib import Path


def open_page(page: Path) -> bool:
    """True when a browser took the page; False on a machine with none (a server, CI)."""
    try:
        return webbrowser.open(page.resolve().as_uri())
    except webbrowser.Error:
        return False
