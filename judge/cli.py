"""The `judge` command: parse, call one function, render, exit. No logic lives here.

Exit codes: 0 accepted / ok, 1 the submission failed, 2 usage or bad input, 3 a broken problem
package, 4 the sandbox is unavailable or the judge failed, 130 interrupted.
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from judge import __version__, paths, problems
from judge.errors import ExitCode, JudgeError, UsageError
from judge.models import SCHEMA_VERSION
from judge.report.safe_text import for_terminal

SANDBOX_CHOICE = click.Choice(["auto", "docker", "local"])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="judge")
def cli() -> None:
    """mljudge: grade ML interview solutions for correctness and growth."""


@cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def list_problems(as_json: bool) -> None:
    """List the problems."""
    from judge import catalog

    entries = catalog.entries()
    if as_json:
        _print_json({"kind": "problems", "problems": entries})
    else:
        click.echo(catalog.render_list(entries), nl=False)


@cli.command()
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (statement as Markdown).")
def show(slug: str, as_json: bool) -> None:
    """Show a problem's statement."""
    from judge import catalog

    problem = problems.load(slug)
    if as_json:
        _print_json({"kind": "problem", **catalog.describe(problem)})
    else:
        click.echo(catalog.render_statement(problem, color=_color()), nl=False)


@cli.command()
@click.argument("slug")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it exists.")
def init(slug: str, path: Path | None, force: bool) -> None:
    """Write a problem's starter file (default: ./<entry_point>.py)."""
    from judge import catalog

    problem = problems.load(slug)
    written = catalog.write_starter(problem, path, force)
    click.echo(f"wrote {written}; solve it, then: judge submit {slug} {written}")


def _sandbox_option(function: Any) -> Any:
    return click.option(
        "--sandbox",
        type=SANDBOX_CHOICE,
        default="auto",
        show_default=True,
        envvar="JUDGE_SANDBOX",
        help="Where to run the submission.",
    )(function)


def _report_options(function: Any) -> Any:
    function = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")(function)
    return click.option(
        "--report",
        "report_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Also write report.html, the growth plots (PNG) and report.json into this directory.",
    )(function)


@cli.command()
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@_sandbox_option
@_report_options
@click.option("--no-complexity", is_flag=True, help="Only the tests: do not measure growth.")
@click.option("--complexity-only", is_flag=True, help="Only measure growth: no tests.")
def submit(
    slug: str,
    solution: Path,
    sandbox: str,
    as_json: bool,
    report_dir: Path | None,
    no_complexity: bool,
    complexity_only: bool,
) -> None:
    """Grade SOLUTION against problem SLUG: tests, then growth against the reference."""
    if no_complexity and complexity_only:
        raise UsageError("--no-complexity and --complexity-only exclude each other; pick one")
    mode = "off" if no_complexity else "only" if complexity_only else "on"
    _grade(slug, solution, sandbox, as_json, report_dir, mode)


@cli.command()
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@_sandbox_option
@_report_options
def complexity(slug: str, solution: Path, sandbox: str, as_json: bool, report_dir: Path | None) -> None:
    """Measure only how SOLUTION's time and memory grow with n, against the reference."""
    _grade(slug, solution, sandbox, as_json, report_dir, "only")


@cli.command()
@click.argument("slug")
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--size", type=int, default=None, help="n to profile at (default: the curve's largest).")
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
def profile(slug: str, solution: Path, size: int | None, as_json: bool) -> None:
    """Line-by-line time and memory of SOLUTION at one size (runs locally: your own code only)."""
    from judge import profiling
    from judge.report import profile as profile_report

    _note("profiling runs your code on this machine (local subprocess with rlimits): your own code only")
    try:
        found = profiling.profile(slug, solution, size)
    except profiling.SubmissionFailed as failure:
        click.echo(f"the submission failed while being profiled:\n{for_terminal(str(failure))}", err=True)
        sys.exit(int(ExitCode.SUBMISSION_FAILED))
    click.echo(
        profile_report.render_json(found) if as_json else profile_report.render(found, _width()), nl=False
    )


def _grade(
    slug: str, solution: Path, sandbox: str, as_json: bool, report_dir: Path | None, mode: str
) -> None:
    from judge import pipeline, progress
    from judge.report import json as json_report
    from judge.report import text as text_report

    if report_dir is not None:
        from judge.report import html

        html.ensure_folder(report_dir)
    options = pipeline.SubmitOptions(slug=slug, solution=solution, sandbox=sandbox, complexity=mode)
    with progress.Reporter(enabled=not as_json) as reporter:
        report = pipeline.submit(options, reporter.on_event)
    if report.submission_note:
        _note(report.submission_note)
    failed_output = None
    if report_dir is not None:
        try:
            _note(f"wrote {html.write(report, report_dir)}")
        except (JudgeError, OSError) as error:  # the result is still shown, and in the history
            failed_output = f"{report_dir}: the report could not be written ({_reason(error)})"
    from judge.cli_grading import record_history

    record_history(report, "submit" if mode != "only" else "complexity")
    if as_json:
        click.echo(json_report.render(report))
    else:
        click.echo(text_report.render(report, width=_width(), color=_color()), nl=False)
    if failed_output:
        click.echo(f"error: {failed_output}", err=True)
        sys.exit(int(ExitCode.JUDGE_FAILED))
    sys.exit(int(pipeline.exit_code(report)))


def _reason(error: Exception) -> str:
    if isinstance(error, JudgeError):
        return error.message
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)


@cli.command()
@click.argument("slug")
@click.option("--sandbox", type=SANDBOX_CHOICE, default="auto", show_default=True, envvar="JUDGE_SANDBOX")
@click.option(
    "--repeat",
    default=3,
    show_default=True,
    type=click.IntRange(1, 20),
    help="Runs of the reference; the slowest counts.",
)
@click.option("--dry-run", is_flag=True, help="Print the budgets without writing problem.toml.")
def calibrate(slug: str, sandbox: str, repeat: int, dry_run: bool) -> None:
    """Measure the reference and write per-test budgets into problem.toml (maintainers)."""
    from judge import calibration

    problem = problems.load(slug)
    table = calibration.calibrate(problem, sandbox, repeat, log=_note)
    if dry_run:
        click.echo(table, nl=False)
    else:
        calibration.write(problem, table)
        click.echo(f"wrote [budgets] for {len(problem.cases)} cases to {problem.root / 'problem.toml'}")


@cli.command()
@click.argument("slugs", nargs=-1)
@click.option("--sandbox", type=SANDBOX_CHOICE, default="auto", show_default=True, envvar="JUDGE_SANDBOX")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--no-complexity", is_flag=True, help="Skip the growth of accepted and too_slow solutions.")
def verify(slugs: tuple[str, ...], sandbox: str, as_json: bool, no_complexity: bool) -> None:
    """Check problem packages (all, or SLUGS): reference, known solutions, budget headroom.

    Exit 0 when every package is sound, 1 when a known solution or the reference does not get
    its verdict, 3 when a package cannot be loaded.
    """
    from judge import backends
    from judge import verify as verifier
    from judge.report import verify as verify_report

    for slug in slugs:
        problems.find(slug)  # an unknown slug is a usage error before anything runs
    checks = verifier.verify(list(slugs), backends.choose(sandbox), log=_note, growth=not no_complexity)
    click.echo(verify_report.render_json(checks) if as_json else verify_report.render_text(checks), nl=False)
    if any(check.error for check in checks):
        sys.exit(int(ExitCode.BROKEN_PROBLEM))
    sys.exit(0 if all(check.ok for check in checks) else int(ExitCode.SUBMISSION_FAILED))


@cli.group("sandbox")
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
def sandbox_build(base: str, mirror: str | None) -> None:
    """Build the sandbox image (reused when its inputs are unchanged)."""
    from judge import sandbox_admin

    tag = sandbox_admin.build(base, mirror, log=_note)
    click.echo(tag)


@sandbox_group.command("status")
@click.option("--json", "as_json", is_flag=True)
def sandbox_status(as_json: bool) -> None:
    """Is the engine up, the image built and current? Exit 0 ready, 4 not."""
    from judge import sandbox_admin

    status = sandbox_admin.status()
    if as_json:
        _print_json({"kind": "sandbox_status", **status})
    else:
        click.echo(sandbox_admin.render_status(status), nl=False)
    sys.exit(0 if status["ready"] else int(ExitCode.JUDGE_FAILED))


@sandbox_group.command("prune")
def sandbox_prune() -> None:
    """Remove containers whose judge is gone and stale sandbox images (never a live judge's)."""
    from judge import sandbox_admin

    pruned = sandbox_admin.prune()
    click.echo(f"removed {len(pruned.containers)} container(s), {len(pruned.images)} image(s)")
    for name in pruned.containers + pruned.images:
        click.echo(f"  {name}")
    for name in pruned.kept:
        click.echo(f"  kept {name}")


def _register_more() -> None:
    from judge import cli_grading

    cli_grading.register(cli)


_register_more()


def _print_json(document: dict[str, Any]) -> None:
    click.echo(
        json.dumps(
            {"schema_version": SCHEMA_VERSION, **document}, indent=2, sort_keys=True, ensure_ascii=False
        )
    )


def _note(line: str) -> None:
    click.echo(for_terminal(line), err=True)


def _color() -> bool:
    return sys.stdout.isatty()


def _width() -> int:
    import shutil

    return max(80, min(shutil.get_terminal_size((100, 24)).columns, 140))


def _terminate(signum: int, frame: Any) -> NoReturn:
    # SIGTERM unwinds like Ctrl-C, so every `finally` removes its container and temp dir.
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> NoReturn:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        cli.main(args=argv, prog_name="judge", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(int(ExitCode.USAGE))
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except KeyboardInterrupt:
        click.echo("interrupted; the sandbox was cleaned up", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
    except JudgeError as error:
        click.echo(f"error: {for_terminal(error.message)}", err=True)
        sys.exit(int(error.exit_code))
    except UnicodeEncodeError as error:  # pragma: no cover - terminal cannot show the output
        click.echo(
            f"error: the terminal cannot display the output ({error.reason}); set LANG=C.UTF-8", err=True
        )
        sys.exit(int(ExitCode.USAGE))
    except Exception as error:  # a bug of the judge: one line here, the traceback in a file
        click.echo(internal_error_line(error, argv), err=True)
        sys.exit(int(ExitCode.JUDGE_FAILED))
    sys.exit(0)


def internal_error_line(error: Exception, argv: list[str] | None) -> str:
    """``internal error: <type>: <message> (traceback: <file>)``, the traceback kept in a file."""
    import platform
    import traceback

    details = "".join(traceback.format_exception(error))
    header = f"judge {__version__} on Python {platform.python_version()}\nargv: {argv or sys.argv[1:]}\n\n"
    where = paths.write_crash_report(header + details)
    message = " ".join(str(error).split())[:300] or "(no message)"
    kept = f"the traceback is in {where}" if where else "the traceback could not be saved"
    return f"internal error: {type(error).__name__}: {message} ({kept}; please report it)"


__all__ = ["UsageError", "cli", "main"]
