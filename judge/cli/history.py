"""`judge history` and `judge stats`, and the one call every grading command makes to record an
attempt (a history that cannot be written costs a warning, never the result)."""

from __future__ import annotations

from pathlib import Path

import click

from judge import history as store
from judge.cli import terminal
from judge.errors import JudgeError, UsageError
from judge.models import Report
from judge.package import problems
from judge.report import history as history_report
from judge.report import to_json, to_text


def record(report: Report, command: str, score: float | None = None, max_score: float | None = None) -> None:
    try:
        store.record(
            report,
            command,
            to_json.render(report),
            to_text.render(report, width=100, color=False),
            score,
            max_score,
        )
    except JudgeError as error:
        terminal.note(f"warning: not recorded in the history: {error.message}")


@click.command("history")
@click.argument("args", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=30, show_default=True)
def history_command(args: tuple[str, ...], as_json: bool, limit: int) -> None:
    """List past attempts (`judge history [SLUG]`) or print one again (`judge history show ID`)."""
    path = _history_path()
    if args and args[0] == "show":
        if len(args) != 2 or not args[1].lstrip("#").isdigit():
            raise UsageError("usage: judge history show ID (the number `judge history` lists)")
        attempt, report_json, report_text = store.stored_report(path, int(args[1].lstrip("#")))
        click.echo(report_json if as_json else history_report.render_attempt(attempt, report_text), nl=False)
        if as_json:
            click.echo()
        return
    if len(args) > 1:
        raise UsageError("usage: judge history [SLUG] or judge history show ID")
    if args:
        problems.find(args[0])  # a mistyped slug gets a did-you-mean, not an empty list
    found = store.attempts(path, args[0] if args else None, limit)
    click.echo(history_report.render_json(found) if as_json else history_report.render_list(found), nl=False)


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats_command(as_json: bool) -> None:
    """Per-problem best results over every recorded attempt."""
    found = store.stats(_history_path())
    click.echo(
        history_report.render_stats_json(found) if as_json else history_report.render_stats(found), nl=False
    )


def _history_path() -> Path:
    path = store.location()
    if path is None:
        raise UsageError("the history is turned off (JUDGE_HISTORY=off); unset it to record attempts")
    return path
