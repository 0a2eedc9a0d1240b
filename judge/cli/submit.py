"""`judge submit`, `judge complexity` and `judge profile`: one learner's file against one problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from judge.backends.profiler import SubmissionFailed
from judge.cli import history, output, progress, terminal
from judge.errors import ExitCode, UsageError
from judge.models import GrowthMode, Verdict
from judge.pipeline import profiling, selection
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
@click.option(
    "--only",
    "only_text",
    metavar="ID[,ID]",
    default=None,
    help="Run only these tests (ids as reports show them: sample-1, hidden-07); no growth.",
)
@click.option(
    "--failed", is_flag=True, help="Run only the tests that failed in your last attempt (history); no growth."
)
def submit_command(
    slug: str,
    solution: Path,
    sandbox: str,
    as_json: bool,
    report_dir: Path | None,
    no_complexity: bool,
    complexity_only: bool,
    counts: bool,
    only_text: str | None,
    failed: bool,
) -> None:
    """Grade SOLUTION against problem SLUG: tests, then growth against the reference."""
    if no_complexity and complexity_only:
        raise UsageError("--no-complexity and --complexity-only exclude each other; pick one")
    if no_complexity and counts:
        raise UsageError("--counts counts instructions on the growth inputs; drop --no-complexity")
    only = None
    if only_text is not None or failed:
        if only_text is not None and failed:
            raise UsageError("--only and --failed exclude each other; pick one")
        if complexity_only or counts:
            raise UsageError("--only and --failed run tests only; drop --complexity-only and --counts")
        only = selection.parse_ids(only_text) if only_text is not None else selection.last_failed(slug)
        if not only:
            terminal.note(f"your last attempt of {slug} passed every test: nothing to run again")
            return
        no_complexity = True
    mode = GrowthMode.OFF if no_complexity else GrowthMode.ONLY if complexity_only else GrowthMode.ON
    options = SubmitOptions(
        slug=slug, solution=solution, sandbox=sandbox, growth=mode, counts=counts, only=only
    )
    _grade(options, as_json, report_dir)


@click.command("run")
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@click.option(
    "--input",
    "input_text",
    metavar="JSON",
    default=None,
    help="Your own input: a JSON object of arguments by name.",
)
@click.option(
    "--input-file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Your own input from a JSON file.",
)
@click.option(
    "--function", "function_name", default=None, help="The function to call (problems with several)."
)
@sandbox_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def run_command(
    slug: str,
    solution: Path,
    input_text: str | None,
    input_file: Path | None,
    function_name: str | None,
    sandbox: str,
    as_json: bool,
) -> None:
    """Run SOLUTION on the public examples only (fast, no growth), or on your own --input,
    printed beside the reference's output on it."""
    if input_text is not None and input_file is not None:
        raise UsageError("--input and --input-file exclude each other; pick one")
    if input_file is not None:
        try:
            input_text = input_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UsageError(f"{input_file}: cannot be read ({error})") from None
    if input_text is None:
        if function_name is not None:
            raise UsageError("--function chooses what your own --input calls; add --input")
        _grade(SubmitOptions(slug, solution, sandbox, growth=GrowthMode.OFF, public_only=True), as_json, None)
        return
    from judge.pipeline import own_input
    from judge.report import own_input as own_input_report

    source = "--input" if input_file is None else str(input_file)
    values = own_input.parse_input(input_text, source)
    found = own_input.run_own_input(slug, solution, values, function_name, sandbox)
    if as_json:
        click.echo(own_input_report.render_json(found), nl=False)
    else:
        click.echo(own_input_report.render(found, terminal.width(), terminal.color()), nl=False)
    same = found.verdict is Verdict.AC
    sys.exit(int(ExitCode.OK if same else ExitCode.SUBMISSION_FAILED))


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
    command = "run" if options.public_only else "submit"
    history.record(report, "complexity" if options.growth is GrowthMode.ONLY else command)
    if as_json:
        click.echo(to_json.render(report))
    else:
        click.echo(to_text.render(report, width=terminal.width(), color=terminal.color()), nl=False)
    for line in unwritten:
        terminal.error(line)
    sys.exit(int(ExitCode.JUDGE_FAILED if unwritten else report.exit_code()))
