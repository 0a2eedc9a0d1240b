"""How the commands speak to the person at the terminal: notes and errors on stderr (never a
control sequence a submission wrote), the report's width, colour only on a terminal, JSON."""

from __future__ import annotations

import json
import shutil
import sys
from typing import Any

import click

from judge.models import SCHEMA_VERSION
from judge.report.safe_text import for_terminal


def note(line: str) -> None:
    click.echo(for_terminal(line), err=True)


def error(line: str) -> None:
    click.echo(f"error: {for_terminal(line)}", err=True)


def color() -> bool:
    return sys.stdout.isatty()


def width() -> int:
    return max(80, min(shutil.get_terminal_size((100, 24)).columns, 140))


def print_json(document: dict[str, Any]) -> None:
    click.echo(
        json.dumps(
            {"schema_version": SCHEMA_VERSION, **document}, indent=2, sort_keys=True, ensure_ascii=False
        )
    )
