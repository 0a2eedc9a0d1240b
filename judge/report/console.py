"""The one rich console every terminal renderer draws into: a string buffer, a fixed width,
colour only when asked for (a terminal), and no markup, highlighting or emoji guessed from text."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console


def console_for(buffer: io.StringIO, width: int, color: bool) -> Console:
    """A rich console that writes into ``buffer``."""
    return Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )


def rendered(renderable: Any, width: int, color: bool = False) -> str:
    """``renderable`` (a table, Markdown, text) drawn as a string."""
    buffer = io.StringIO()
    console_for(buffer, width, color).print(renderable)
    return buffer.getvalue()
