"""`judge profile` output: the submission's lines with hits, time, share and memory increment."""

from __future__ import annotations

import io
import json
from dataclasses import asdict

from rich.table import Table
from rich.text import Text

from judge.models import SCHEMA_VERSION
from judge.pipeline.records import Profile
from judge.report.console import console_for
from judge.report.safe_text import for_terminal

TOP = 3


def render(profile: Profile, width: int = 100) -> str:
    buffer = io.StringIO()
    console = console_for(buffer, width, color=False)
    console.print(
        Text(
            f"{profile.problem} · {profile.function} at {profile.grow} = {profile.size:,} · "
            f"{profile.total_seconds:.3f} s traced (line tracing slows Python code down several times)"
        )
    )
    table = Table(show_edge=False, pad_edge=False, header_style="bold")
    for column, justify in (
        ("line", "right"),
        ("hits", "right"),
        ("time", "right"),
        ("%", "right"),
        ("memory", "right"),
        ("code", "left"),
    ):
        table.add_column(column, justify=justify, no_wrap=column != "code")  # type: ignore[arg-type]
    total = sum(line.seconds for line in profile.lines) or 1.0
    for line in profile.lines:
        table.add_row(
            str(line.line),
            f"{line.hits:,}",
            f"{line.seconds * 1000:.1f} ms",
            f"{100 * line.seconds / total:.0f}",
            f"{line.increment_mib:+.1f} MiB" if line.increment_mib else "",
            Text(for_terminal(line.source.rstrip())),  # not rich markup: [brackets] must survive
        )
    console.print(table)
    costly = sorted(profile.lines, key=lambda line: line.seconds, reverse=True)[:TOP]
    names = ", ".join(
        f"line {line.line} ({100 * line.seconds / total:.0f}%)" for line in costly if line.seconds
    )
    if names:
        console.print(f"most time: {names}")
    grown = max(profile.lines, key=lambda line: line.increment_mib, default=None)
    if grown is not None and grown.increment_mib > 0:
        console.print(f"most memory: line {grown.line} (+{grown.increment_mib:.1f} MiB)")
    return buffer.getvalue()


def render_json(profile: Profile) -> str:
    return json.dumps(
        {"schema_version": SCHEMA_VERSION, "kind": "profile", **asdict(profile)}, indent=2, sort_keys=True
    )
