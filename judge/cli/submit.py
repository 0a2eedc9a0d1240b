"""`judge submit`, `judge complexity` and `judge profile`: one learner's file against one problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from judge.backends.profiler import SubmissionFailed
from judge.cli import history, output, progress, terminal
from judge.errors import ExitCode, UsageError
from judge.models import GrowthMode
from judge.pipeline import profiling
from judge.pipeline.submit import SubmitOptions, submit
from judge.report import line_profile, to_json, to_text

SANDBOX_CHOICE = click.Choice(["auto", "docker", "local"])


def sandbox_option(function: Any) -> Any:
    return click.option(
        "--sandbox",
        type=SANDBOX_CHOICE,
        default="auto",
        show_default=True,
        envvar="JUDGE_SANDBOX",
        help="Where to run the submission.",
    )(function)


counts_option = click.option(
    "--counts",
    is_flag=True,
    help="Also count the instructions of each call under callgrind: an exact class where "
    "timing gives a band (n vs n log n); slower (about 10-60 s more).",
)


def _report_options(function: Any) -> Any:
    function = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")(function)
    return click.option(
        "--report",
        "report_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Also write report.html, the growth plots (PNG) and report.json into this directory.",
    )(function)


@click.command("submit")
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@sandbox_option
@_report_options
@click.option("--no-complexity", is_flag=True, help="Only the tests: do not measure growth.")
@click.option("--complexity-only", is_flag=True, help="Only measure growth: no tests.")
@counts_option
def submit_command(
    slug: str,
    solution: Path,
    sandbox: str,
    as_json: bool,
    report_dir: Path | None,
    no_complexity: bool,
    complexity_only: bool,
    counts: bool,
) -> None:
    """Grade SOLUTION against problem SLUG: tests, then growth against the reference."""
    if no_complexity and complexity_only:
        raise UsageError("--no-complexity and --complexity-only exclude each other; pick one")
    if no_complexity and counts:
        raise UsageError("--counts counts instructions on the growth inputs; drop --no-complexity")
    mode = GrowthMode.OFF if no_complexity else GrowthMode.ONLY if complexity_only else GrowthMode.ON
    options = SubmitOptions(slug=slug, solution=solution, sandbox=sandbox, growth=mode, counts=counts)
    _grade(options, as_json, report_dir)


@click.command("complexity")
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@sandbox_option
@_report_options
@counts_option
def complexity_command(
    slug: str, solution: Path, sandbox: str, as_json: bool, report_dir: Path | None, counts: bool
) -> None:
    """Measure only how SOLUTION's time and memory grow with n, against the reference."""
    options = SubmitOptions(
        slug=slug, solution=solution, sandbox=sandbox, growth=GrowthMode.ONLY, counts=counts
    )
    _grade(options, as_json, report_dir)


@click.command("profile")
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--size", type=int, default=None, help="n to profile at (default: the curve's largest).")
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
def profile_command(slug: str, solution: Path, size: int | None, as_json: bool) -> None:
    """Line-by-line time and memory of SOLUTION at one size (runs locally: your own code only)."""
    terminal.note(
        "profiling runs your code on this machine (local subprocess with rlimits): your own code only"
    )
    try:
        found = profiling.profile(slug, solution, size)
    except SubmissionFailed as failure:
        terminal.note(f"the submission failed while being profiled:\n{failure}")
        sys.exit(int(ExitCode.SUBMISSION_FAILED))
    click.echo(
        line_profile.render_json(found) if as_json else line_profile.render(found, terminal.width()), nl=False
    )


def _grade(options: SubmitOptions, as_json: bool, report_dir: Path | None) -> None:
    if report_dir is not None:
        output.prepare_folder(report_dir, "report")
    with progress.Reporter(enabled=not as_json) as reporter:
        report = submit(options, reporter.on_event)
    if report.submission_note:
        terminal.note(report.submission_note)
    unwritten: list[str] = []
    if report_dir is not None:  # the result is still shown, and recorded, if a file fails
        page, unwritten = output.write_report_folder(report, report_dir)
        if not unwritten:
            terminal.note(f"wrote {page}")
    history.record(report, "complexity" if options.growth is GrowthMode.ONLY else "submit")
    if as_json:
        click.echo(to_json.render(report))
    else:
        click.echo(to_text.render(report, width=terminal.width(), color=terminal.color()), nl=False)
    for line in unwritten:
        terminal.error(line)
    sys.exit(int(ExitCode.JUDGE_FAILED if unwritten else report.exit_code()))
