"""`judge watch SLUG FILE`: the public examples again each time FILE is saved.

The file's folder is watched (watchfiles), not the file itself: editors often save by writing a
new file and renaming it over the old one. Each run is a fresh sandbox run, as `judge run`'s;
the screen is cleared and redrawn on a terminal. Ctrl-C stops between runs or in one (its
sandbox is removed as any interrupted run's is) and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from judge.cli import terminal
from judge.cli.submit import sandbox_option
from judge.errors import JudgeError
from judge.models import GrowthMode


@click.command("watch")
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@sandbox_option
@click.option(
    "--debounce",
    type=click.IntRange(50, 10_000),
    default=300,
    show_default=True,
    help="Milliseconds to wait for a save to settle.",
)
def watch_command(slug: str, solution: Path, sandbox: str, debounce: int) -> None:
    """Run SOLUTION on SLUG's public examples now and again each time it is saved."""
    import watchfiles

    from judge.pipeline.submit import SubmitOptions, submit
    from judge.report import to_text

    target = solution.resolve()
    options = SubmitOptions(slug, solution, sandbox, growth=GrowthMode.OFF, public_only=True)

    def run_once() -> None:
        if sys.stdout.isatty():
            click.clear()
        click.echo(f"watching {solution}: the public examples run again on each save; Ctrl-C stops")
        sys.stdout.flush()
        try:
            report = submit(options)
        except JudgeError as error:  # a bad problem or file: say it and keep watching
            click.echo(f"error: {error.message}")
            sys.stdout.flush()
            return
        click.echo(to_text.render(report, width=terminal.width(), color=terminal.color()), nl=False)
        sys.stdout.flush()  # then it waits for a save: what it printed must not sit in a buffer

    def this_file(change: watchfiles.Change, path: str) -> bool:
        return Path(path).resolve() == target and change is not watchfiles.Change.deleted

    # The watcher starts before the first run (primed with a short timeout), so a save made
    # while a run goes on is kept and yielded after it, never lost between two runs.
    changes = watchfiles.watch(
        target.parent,
        watch_filter=this_file,
        debounce=debounce,
        recursive=False,
        rust_timeout=100,
        yield_on_timeout=True,
    )
    try:
        next(changes)
        run_once()
        for found in changes:
            if found:
                run_once()
    except KeyboardInterrupt:
        click.echo("stopped watching")
    finally:
        changes.close()
