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
@click.option(
    "--csv", "as_csv", is_flag=True, help="Print the attempts as CSV (for a spreadsheet or pandas)."
)
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=30, show_default=True)
def history_command(args: tuple[str, ...], as_json: bool, as_csv: bool, limit: int) -> None:
    """List past attempts (`judge history [SLUG]`) or print one again (`judge history show ID`)."""
    if as_json and as_csv:
        raise UsageError("--json and --csv exclude each other; pick one")
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
    if as_csv:
        click.echo(history_report.render_csv(found), nl=False)
        return
    click.echo(history_report.render_json(found) if as_json else history_report.render_list(found), nl=False)


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--by",
    type=click.Choice(["problem", "verdict", "week"]),
    default="problem",
    show_default=True,
    help="Per problem (best results), per verdict (tests and attempts), or per ISO week.",
)
def stats_command(as_json: bool, by: str) -> None:
    """Results over every recorded attempt: per problem, verdict or week."""
    path = _history_path()
    if by == "problem":
        found = store.stats(path)
        click.echo(
            history_report.render_stats_json(found) if as_json else history_report.render_stats(found),
            nl=False,
        )
        return
    every = store.attempts(path, None, limit=1_000_000)
    rows = store.group_by_verdict(every) if by == "verdict" else store.group_by_week(every)
    render = history_report.render_groups_json if as_json else history_report.render_groups
    click.echo(render(rows, by), nl=False)


def _history_path() -> Path:
    path = store.location()
    if path is None:
        raise UsageError("the history is turned off (JUDGE_HISTORY=off); unset it to record attempts")
    return path
