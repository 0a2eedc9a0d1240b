"""`judge sandbox build|status|prune`: the Docker sandbox's image and containers."""

from __future__ import annotations

import sys

import click

from judge.backends import admin
from judge.cli import terminal
from judge.errors import ExitCode
from judge.report import sandbox as sandbox_report


@click.group("sandbox")
def sandbox_group() -> None:
    """Build, inspect and clean up the Docker sandbox."""


@sandbox_group.command("build")
@click.option(
    "--base",
    default="auto",
    show_default=True,
    help="Base image: auto (registry python:3.11-slim, else an offline Debian base), "
    "offline, or an image name.",
)
@click.option("--mirror", default=None, help="Debian mirror for the offline base (default: from /etc/apt).")
def build_command(base: str, mirror: str | None) -> None:
    """Build the sandbox image (reused when its inputs are unchanged)."""
    click.echo(admin.build(base, mirror, log=terminal.note))


@sandbox_group.command("status")
@click.option("--json", "as_json", is_flag=True)
def status_command(as_json: bool) -> None:
    """Is the engine up, the image built and current? Exit 0 ready, 4 not."""
    status = admin.status()
    if as_json:
        terminal.print_json({"kind": "sandbox_status", **status})
    else:
        click.echo(sandbox_report.render(status), nl=False)
    sys.exit(0 if status["ready"] else int(ExitCode.JUDGE_FAILED))


@sandbox_group.command("prune")
def prune_command() -> None:
    """Remove containers whose judge is gone and stale sandbox images (never a live judge's)."""
    pruned = admin.prune()
    click.echo(f"removed {len(pruned.containers)} container(s), {len(pruned.images)} image(s)")
    for name in pruned.containers + pruned.images:
        click.echo(f"  {name}")
    for name in pruned.kept:
        click.echo(f"  kept {name}")
